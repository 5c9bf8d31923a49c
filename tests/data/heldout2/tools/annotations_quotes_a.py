"""Quote annotations for tests/data/heldout2/articles.jsonl, part a (its first
7 articles, by article id).

Each quote: frm / to = first and last characters of the content as written in
the article (after = an earlier string that disambiguates the occurrence);
kind, cue, speaker, speaker_mention, speaker_kind as in shared/spec/quotes.md.
Annotated by reading the text only (the project's quote finder was not looked
at or run), following the spec, the dev gold's conventions and notes, and the
calls listed in tests/data/heldout/README.md.
"""


def Q(frm, to, kind, cue, speaker, mention, skind, after=None):
    return {"frm": frm, "to": to, "after": after, "kind": kind, "cue": cue,
            "speaker": speaker, "speaker_mention": mention, "speaker_kind": skind}


ANNOTATIONS = {}

# 0. 3alyoum: Madinah health directorate statement on the death of the girl نورة الشهري.
_MADINAH_HEALTH = "المديرية العامة للشؤون الصحية بمنطقة المدينة المنورة"
ANNOTATIONS["d8a6212763ce"] = {
    "quotes": [
        Q("الطفلة والتي تبلغ", "الطبية اللازمة لمثل هذه الحالات", "indirect", "قال",
          _MADINAH_HEALTH, "", "organization"),
        Q("توقف القلب وانقطاع الأكسجين لفترات", "وحالة إغماء كامل في العناية المركزة", "indirect", "وأفاد",
          "الفريق الإستشاري", "الفريق الإستشاري", "anonymous"),
        Q("لاحقاً أظهر الفحص السريري", "ووفق الأعراف الطبية لمثل هذه الحالات", "indirect", "وأضاف",
          _MADINAH_HEALTH, "البيان", "organization"),
    ],
    "notes": [
        "'أصدرت المديرية العامة ... بيانا توضيحيا حول ما تم تداوله ... قال إن الطفلة ...': the subject of 'قال' is the statement (a relative clause on 'بيانا'); as for 'وتابع البيان' in the dev gold, the speaker is the directorate that issued it (organization), with an empty speaker_mention (implicit subject). Issuing the statement and 'حول ما تم تداوله' (a topic) are not quotes themselves. Content to the sentence end, final full stop left out.",
        "'وأفاد الفريق الإستشاري بأن ...': the unnamed consultant team is the source (anonymous, unnamed people), although its finding is probably relayed by the statement; 'بأن' left out.",
        "'وأضاف البيان أنه لاحقاً ...': 'أنه' dropped whole; the content keeps the coordinated clauses ('ولقد تم بالفعل ...', 'وأن الإجراءات العلاجية ... كانت سليمة ...') to the sentence end, before the tag line 'سمات المدينة نورة الشهري وزارة الصحة' (site tags, not text).",
        "Not quotes or not separate quotes: 'وحسب الأعراف الطبية العلمية فإن ...' inside the statement (medical norms are not a source of speech; like 'بحسب رؤية المرشد' in the dev gold), 'أظهر الفحص السريري للطفلة موت جذع الدماغ' (an examination showing, not speech) and 'وتم التأكد من تشخيص ...' (passive, no source).",
    ],
}

# 1. aawsat: English vs Persian texts of the Iran nuclear deal; US State Department statement.
_NYP = "نيويورك بوست"
_STATE = "وزارة الخارجية الأميركية"
ANNOTATIONS["86d00c040c8b"] = {
    "quotes": [
        Q("وجود «اختلافات مهمة»", "وجود «اختلافات مهمة»", "indirect", "وتحدثت",
          _NYP, "صحيفة «نيويورك بوست»", "organization"),
        Q("النص الفارسي يختار الكلمات", "قد قدمت أي تنازلات", "indirect", "وأوضحت",
          _NYP, "الصحيفة", "organization"),
        Q("يجب أن تُحَوَّل المنشآت", "للأبحاث النووية والفيزياء المتقدمة", "direct", "يذكر",
          "النص في النسخة الإنجليزية", "النص في النسخة الإنجليزية", "document"),
        Q("يجب على الأمم المتحدة", "والبتروكيماويات وصناعة السيارات", "direct", "يذكر",
          "النص الفارسي", "النص الفارسي", "document"),
        Q("النظام الإيراني بمواصلة", "مثل المسيحية والبهائية", "indirect", "اتهمت",
          _STATE, _STATE, "organization"),
        Q("مواطني الولايات المتحدة، والأميركيين", "من السفر إلى إيران", "indirect", "وحذر",
          _STATE, "البيان", "organization"),
        Q("المناطق الجغرافية التي تقطنها", "غير آمنة وخطرة على الأجانب", "indirect", "ولفت",
          _STATE, "البيان", "organization"),
    ],
    "notes": [
        "'وتحدثت صحيفة «نيويورك بوست» عن وجود «اختلافات مهمة»' is a speech cue with a noun-phrase object that reports something (the existence of differences, cf. 'نفى المتحدث وجود اتصالات' in the spec): indirect ('عن' left out; the guillemeted words are a partial quote inside it and keep their marks); it stops before the narrator's '، بعد استعانتها بخبير ...'. 'وأوضحت الصحيفة أن ...' runs to its sentence end; 'الانطباع بأن ...' inside it is not speech.",
        "'يذكر النص في النسخة الإنجليزية ... أنه «...»' and 'يذكر النص الفارسي أنه «...»': the deal's texts are quoted verbatim; 'أنه' outside the guillemets with the rest wholly inside them is direct (as 'أشار ... إلى أنّها «...»' in the dev gold), content inside the marks. The texts have no other speaker given, so speaker_kind is document, the speaker written as the article names each text.",
        "'اتهمت وزارة الخارجية الأميركية في بيان ... النظام الإيراني بمواصلة قمع ...' is an accusation (cf. 'نسبت ... الهجوم إلى' in the dev gold and 'حمل فيها الرياض مسؤولية' in the previous held-out set): indirect, content the accused and the charge to the sentence end.",
        "'وحذر البيان مواطني الولايات المتحدة ... من السفر إلى إيران' is a warning with a verbal-noun object (the dev gold's widened rule counts warnings and threats): indirect, content the warned and the warning. 'البيان' (here and in 'ولفت البيان إلى أن ...') is the State Department's statement, so the speaker is the department (organization).",
        "Not quotes: 'عرض البيت الأبيض على موقعه الإلكتروني النسخة الإنجليزية ...' (publishing, an act), 'مما أبرز وجود ثغرات' (an event revealing, not a source), the narrator's comparison ('ومن أهم الاختلافات ...', 'وهو مكتوب بصيغة المبني للمجهول ...', 'ولكن النص الفارسي ... يستخدم أفعالا مضارعة ...'), «الاتفاق النووي الإيراني» (a name), (فوردو) (a name in parentheses inside quote 3) and the footer '...المزيد'.",
    ],
}

# 2. aleqtisadiya sport: Grozny coach رشيد رحيموف on إلتون ألميدا's move to Al-Hilal.
_RAH = "رشيد رحيموف"
ANNOTATIONS["ed8573d6a91f"] = {
    "quotes": [
        Q("حزنه العميق لرحيل الأخير", "في صفقة انتقال حر", "indirect", "أبدى",
          _RAH, "الروسي رشيد رحيموف مدرب فريق تيريك جروزني الروسي لكرة القدم", "person"),
        Q("رحيل ألميدا عن جروزني", "رحيل ألميدا عن جروزني", "indirect", "وأشار",
          _RAH, "رحيموف", "person"),
        Q("رحيل إلتون كان بمثابة", "للحصول على الأموال الضخمة", "direct", "وقال",
          _RAH, "", "person"),
        Q("لم يكن لدينا في جروزني", "إلى السعودية بسبب المال", "direct", "وتابع",
          _RAH, "المدرب الروسي", "person"),
        Q("لقد كان ألميدا في حالة صعبة", "سيظل متابعا للنادي ونتائجه", "direct", "وزاد",
          _RAH, "", "person"),
        Q("سيعود يوما للعب مع جروزني", "سيظل متابعا للنادي ونتائجه", "indirect", "وقال",
          "إلتون ألميدا", "", "person"),
    ],
    "notes": [
        "'أبدى ... رشيد رحيموف ... حزنه العميق لرحيل الأخير ...' (أبدى + a stance noun, like 'أعرب عن اعتزازه' / 'عبر عن سعادته' in the gold) is an indirect quote; the relative clause on 'ناديه' ('الذي عرف معه طعم التألق ... في صفقة انتقال حر') is inside the noun phrase, so the content runs to the sentence end.",
        "'وأشار رحيموف ... إلى رحيل ألميدا عن جروزني' is 'أشار إلى' + a verbal noun reporting an event (the departure), annotated as in the gold ('مشيرًا إلى سقوط ستة قتلى', 'وأشار ... إلى قيام الوزارة ...'); 'إلى' left out, the content stops before '، وقال:'. A borderline call: the noun phrase is close to a topic introducing the direct quote that follows.",
        "The three guillemet-less \"...\" quotes after 'وقال:', 'وتابع المدرب الروسي حديثه بالقول:' and 'وزاد:' are direct, one quote per cue; the content stops inside the closing quotation mark.",
        "'وقال لي إنه سيعود يوما ...، وإنه سيظل متابعا ...' inside the coach's last quote is a nested report by ألميدا (implicit subject of 'قال') with its own cue and complementiser: an indirect quote of its own ('إنه' dropped; the coordinated 'وإنه' clause stays in it), overlapping quote 5.",
        "Not quotes: 'رأيت الدموع في عينيه', 'اختار الاستماع لصوت العقل' (narrated inside the coach's quote, no speech), 'لصحيفة سي بي سي سبورت الروسية' (the outlet he spoke to, not a source).",
    ],
}

# 3. aljazirah: Al-Baha deputy governor opens a da'wa complex in وراخ.
ANNOTATIONS["1a5bf1337dca"] = {
    "quotes": [
        Q("أهمية الجهود المجتمعية", "في خدمة الدين والوطن", "indirect", "أكد",
          "نواف الغامدي", "", "person"),
    ],
    "notes": [
        "'ألقيت كلمة فرع وزارة الشؤون الإسلامية ...، ألقاها مساعد مدير عام الفرع نواف الغامدي، أكد فيها أهمية الجهود المجتمعية ...' (an assertion with a noun-phrase object stating a position, as 'أكد ... القحطاني, أهمية مشاركة المواطنين' in the dev gold): indirect quote by نواف الغامدي, who delivered the speech and is the subject of 'أكد' (empty speaker_mention); the content stops before '، معربًا عن شكره ...'.",
        "Not quotes: 'معربًا عن شكره لسمو أمير المنطقة ...' (thanks report nothing, as in the previous held-out set), 'ألقى ... حزام بن سعد الغامدي كلمة بين فيها دور المكتب في الدعوة إلى الله وجهوده في ذلك' (the object is a topic, the office's role, not a report), 'فيلماً وثائقياً بعنوان «الحلم الذي أصبح حقيقة» استعرض منجزات المكتب' (a title, and a film reviewing a topic), 'واستمع لشرح عن برامج المكتب' (a topic); the openings, tours and honouring are events. «أغلى وطن» is the name of a hall.",
    ],
}

# 4. almadina sport: Al-Ansar football supervisor عبدالرحمن الجهني on merchants' support.
_JUH = "عبدالرحمن الجهني"
ANNOTATIONS["091742d031ed"] = {
    "quotes": [
        Q("ما أسماه بـ»الصدود»", "في ناديي الأنصار وأحد", "indirect", "استغرب",
          _JUH, "المشرف العام علي كرة القدم بنادي الأنصار عبدالرحمن الجهني", "person",
          after="استغرب"),
        Q("للرياضة أهدافًا سامية", "لاحتواء الشباب من الأماكن السلبية", "direct", "بقوله",
          _JUH, "", "person"),
        Q("دهشته من ذلك العزوف", "دهشته من ذلك العزوف", "indirect", "وعبَّر",
          _JUH, "الجهني", "person"),
        Q("لا أعرف لذلك سببًا", "في دعم أنديتهم وأبنائهم", "direct", "بقوله",
          _JUH, "", "person"),
        Q("رياضة منطقة المدينة المنورة", "كبير جدًا ومحبَّب لدى الجميع", "indirect", "مؤكدًا",
          _JUH, "", "person"),
        Q("نحن ولله الحمد", "ونطلب التوفيق من الله", "direct", "فقال",
          _JUH, "", "person"),
        Q("كنت أسمع منذ سنوات", "بمثله وأحسن منه", "direct", "علَّق",
          _JUH, "الجهني", "person"),
        Q("ينضم نجوم المنطقة الدوليون", "في ناديي الأنصار وأحد", "indirect", "أعرب",
          _JUH, "المشرف العام علي كرة القدم بنادي الأنصار", "person", after="تمنياته بأن"),
        Q("أستغرب ابتعاد اللاعبين", "ستكون النتائج أفضل بالتأكيد", "direct", "قائلًا",
          _JUH, "", "person"),
        Q("اللعبة الذهبية بالمنطقة", "كما يجب أن تكون", "direct", "وتابع",
          _JUH, "", "person"),
    ],
    "notes": [
        "'استغرب ... عبدالرحمن الجهني ما أسماه بـ»الصدود» و»الابتعاد غير المبرر» لتجَّار المنطقة عن دعم أبنائهم ...' (an expressed stance, surprise, whose noun-phrase object reports the merchants' aversion; cf. 'أعرب عن اعتزازه' and 'أعلنوا عن تذمرهم' in the dev gold) is an indirect quote; the mis-oriented guillemets mark his own terms and stay in the content, which stops before ' موجهًا حديثه لهم'.",
        "'موجهًا حديثه لهم عبر «المدينة» بقوله إنَّ «...»': 'إنَّ' outside the guillemets and the rest wholly inside them: direct, cue 'بقوله'; «المدينة» is the newspaper. 'مطالبًا برصد ميزانيات ...' is a demand (an appeal): not a quote.",
        "'وعبَّر الجهني عن دهشته من ذلك العزوف بقوله: «...»' is split as the previous held-out set split 'عبر ... عن سعادته بالاحتفال وقال: ...': the stance 'دهشته من ذلك العزوف' ('عن' left out) is an indirect quote, and the guillemeted words after 'بقوله:' a direct quote by the same speaker. Inside it, 'وأقول لهم: ...' and 'أناشد تجار المنطقة ...' are the speaker's own words about himself, not separate quotes.",
        "'مؤكدًا أنَّ رياضة منطقة المدينة المنورة ...' (outside the guillemets) is indirect and runs to the paragraph end, final full stop left out; the coordinated 'وهو أنَّ اسم المنطقة ...' stays in it.",
        "'كنت أسمع منذ سنوات طويلة أنَّ علاقة الناديين ... متوتِّرة ...' inside his quote is hearsay with no source given (like 'ومن يقول: إنه خاف ...' in the previous set): not a nested quote. 'علَّق الجهني قائلًا: «...»' is one quote with the cue 'علَّق'.",
        "'أعرب المشرف العام ... عن تمنياته بأن ينضم نجوم المنطقة الدوليون ...' (a stated wish about a state of affairs, with a complementiser, like 'وأعرب ... عن أمله في «...»' in the dev gold; unlike the well-wishing 'متمنين لهم الشفاء' left out in the previous set): indirect, content after 'بأن', stopping before ' قائلًا:'. The title alone names him at that attribution (speaker resolved to الجهني).",
        "'قائلًا: «...»' and 'وتابع: «...»' are direct; 'وهنا أقول للجميع: استغلّوا ...' inside the last one is the speaker's own appeal, not a separate quote.",
        "The crossheads 'الأنصار وأحد' and 'الدوليون والسلة' are headings; »الأولى» (the league) is a name.",
    ],
}

# 5. alriyadh: students hit by the end of parallel education and the minister's circular.
_STUD = "الطلاب المتضررون"
ANNOTATIONS["f4a48474b006"] = {
    "quotes": [
        Q("الخطوة التي أقدمت عليها", "بطريقة تنصفهم", "indirect", "أكد",
          _STUD, "الطلاب المتضررون من إلغاء \" التعليم الموازي\"", "anonymous"),
        Q("تعميم وزير التعليم الذي", "في \" الرياض \"", "indirect", "ولفت",
          _STUD, "المتضررون", "anonymous"),
        Q("التعميم يعيدهم على المربع", "ليظلوا في الوضع العالق", "indirect", "وأكدوا",
          _STUD, "", "anonymous"),
        Q("إشارة إلى قرار الوزارة", "فيمكنه الالتحاق بها", "direct", "ويقول",
          "وزير التعليم", "التعميم", "person"),
        Q("تحويلهم للصباحي بشروط", "للتقديم على الصباحي)", "indirect", "ويشير",
          _STUD, "المتضررون", "anonymous"),
        Q("توجد اقسام موازي", "ولا يدرسونه صباحاً)", "indirect", "ويشيرون",
          _STUD, "", "anonymous"),
        Q("التعميم يضر نسبة", "فلا يعد التحويل من صالحهم", "indirect", "وتوصل",
          _STUD, "المتضررون", "anonymous"),
    ],
    "notes": [
        "The affected students are never named: speaker 'الطلاب المتضررون' (unnamed people, anonymous) throughout; \" التعليم الموازي\" and \" الرياض \" (the newspaper) are names in quotation marks.",
        "'ولفت المتضررون ... إلى تعميم وزير التعليم الذي وجهه إلى الجامعات بعد 24 ساعة من نشر الخبر في \" الرياض \"..' is 'لفت إلى' + a noun phrase reporting an event (the minister sent the circular 24 hours after the story), annotated as for 'وأشار ... إلى قيام الوزارة ...' in the previous set; 'إلى' and the trailing '..' left out. Borderline: the circular is also the topic of what follows.",
        "'ويقول التعميم : \" ... \"' quotes the circular verbatim: direct, content inside the quotation marks with the final full stop left out. The article gives the circular's issuer ('تعميم وزير التعليم الذي وجهه إلى الجامعات'), so, as for a ministry's statement in the dev gold, the speaker is وزير التعليم (not named; labelled person, one identifiable official, as 'وزير الخارجية الروسي' in the dev gold) with mention 'التعميم'. Inside it, 'قرار الوزارة ... القاضي بإيقاف ...' and 'فإن لائحة الدراسات العليا تنص ... علىشرط التفرغ' are a decision and a regulation's stipulation (acts, like the decrees left out in the previous set): not nested quotes.",
        "The students' first-person remarks in parentheses ('( لم نحتاج للتعميم ...)', '( نفس التخصص ...)') close the indirect clauses they follow and stay in them as partial quotes; the content ends at the closing parenthesis, before the full stop.",
        "'كما أن الجامعات قامت بقبول الصباحي ...' opens a new paragraph after a full stop with no cue of its own: not included in the preceding quote (content stops at the first sentence end), although it continues the students' case; the same holds for 'كذلك فعدد من تنطبق عليه شروط الصباحي ...' at the end. 'ويشيرون إلى أنه ...' in the same sentence is a quote ('أنه' dropped).",
        "'وتوصل المتضررون إلى أن ...' (they concluded that) is treated like 'رأى'/'اعتبر' + 'أن', an attribution of the students' stated view: indirect, to the sentence end (the 'حيث ان' and 'ذلك أن' clauses stay in it; the space before the full stop left out).",
    ],
}

# 6. alwatan: روضة هباس residents' complaints about municipal services and the mayor's reply.
_MAYOR = "صالح الشمري"
ANNOTATIONS["63f0315d42c5"] = {
    "quotes": [
        Q("حققت إنجازات متعددة", "خلال الفترة الماضية", "indirect", "أكدت",
          "بلدية روضة هباس", "بلدية روضة هباس", "organization"),
        Q("استياءهم من تدني", "الخدمة البلدية بشكل مزعج", "indirect", "أبدى",
          "عدد من أهالي روضة هباس", "عدد من أهالي روضة هباس", "anonymous"),
        Q("مضى على افتتاح البلدية", "كان محدودا ونسبيا", "indirect", "مشيرين",
          "عدد من أهالي روضة هباس", "", "anonymous"),
        Q("قدم شكوى لرئيس البلدية", "سينظر في مطالبهم", "indirect", "قال",
          "مرعيد عبدالله الشمري", "المواطن مرعيد عبدالله الشمري", "person"),
        Q("سينظر في مطالبهم", "سينظر في مطالبهم", "indirect", "فوعده",
          _MAYOR, "", "person"),
        Q("للأسف لم ينفذ", "هذا الوعد حتى الآن", "indirect", "مضيفا",
          "مرعيد عبدالله الشمري", "", "person"),
        Q("مطالب الأهالي تدور", "أعمدة الإنارة التي زرعتها البلدية", "indirect", "وأضاف",
          "بندر خليفة", "المواطن بندر خليفة", "person"),
        Q("هناك إنجازات عدة للبلدية", "وسفلتة طريق للمقابر", "indirect", "أكد",
          _MAYOR, "رئيس بلدية روضة الهباس صالح الشمري", "person"),
        Q("تم تركيب أكثر من 300", "950 نخلة مثمرة بروضة هباس", "indirect", "وأضاف",
          _MAYOR, "", "person"),
        Q("هناك أعمالا ما زالت", "بمساحة 80 ألف متر مربع", "indirect", "وأشار",
          _MAYOR, "الشمري", "person"),
    ],
    "notes": [
        "'فيما أكدت بلدية روضة هباس أنها حققت ...' ('أنها' dropped) stops before '، أبدى عدد من أهالي ...'. The lead names the municipality, not its head, so the speaker is written as the organisation, although the same claim is later made by its head صالح الشمري.",
        "'أبدى عدد من أهالي روضة هباس ... استياءهم من تدني مستوى الخدمة البلدية بشكل مزعج' (أبدى + a stance noun) is an indirect quote by unnamed residents (anonymous; the mention leaves out the place's description 'التابعة لمحافظة رفحاء ...'); it stops before '، مشيرين إلى أنه', a quote of its own ('أنه' dropped).",
        "'قال المواطن مرعيد عبدالله الشمري إنه قدم شكوى ... فوعده بأنه سينظر في مطالبهم' ('إنه' dropped) stops before '، مضيفا أنه', which starts a new quote by him. Inside it, 'فوعده بأنه سينظر في مطالبهم' is the mayor's promise (a pledge with a complementiser, whose implicit subject is رئيس البلدية صالح الشمري): a nested indirect quote of its own ('بأنه' dropped), overlapping the citizen's. His own 'قدم شكوى ... من تدني مستوى الخدمات' is his report of himself: not a separate quote.",
        "'وأضاف المواطن بندر خليفة أن ...' is a new speaker despite 'وأضاف'; content to the sentence end.",
        "'أكد رئيس بلدية روضة الهباس صالح الشمري ردا على استفسارات \"الوطن\"، أن ...' (\"الوطن\" is the newspaper), 'وأضاف أنه تم تركيب ...' ('أنه' dropped) and 'وأشار الشمري إلى أن ...' are three quotes by the mayor, each to its sentence end; the inner \"ملاعب كرة قدم وطائرة وسلة وألعاب قوى\" stays in the last one's content. 'الشمري' there is the mayor (the article has three الشمري; the context is his reply).",
    ],
}
