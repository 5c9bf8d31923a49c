"""Quote annotations for tests/data/heldout/articles.jsonl (by article id).

Each quote: frm / to = first and last characters of the content as written in
the article (after = an earlier string that disambiguates the occurrence);
kind, cue, speaker, speaker_mention, speaker_kind as in shared/spec/quotes.md.
Read by build_quotes_gold.py, which computes the offsets.
"""


def Q(frm, to, kind, cue, speaker, mention, skind, after=None):
    return {"frm": frm, "to": to, "after": after, "kind": kind, "cue": cue,
            "speaker": speaker, "speaker_mention": mention, "speaker_kind": skind}


ANNOTATIONS = {}

# 0. 3alyoum op-ed (an open letter to the King by فوزية الحربي).
ANNOTATIONS["eb445baad5ba"] = {
    "quotes": [],
    "notes": [
        "An open letter in the author's own voice: her appeals and questions ('أُناشدك', 'أتساءل لماذا ...', 'متسائلة هل ...', 'نرجو من الله ثمّ منك ...') are the narrator, not quotes attributed to a source.",
        "'أصدر قراراً مفادهُ بأنّ المُساعده المقطوعة ... لا يتم تسليمها لها إلاّ بعد مُضي تسعة أشهر' and 'أصدر تعليماته ... بعدم قبول تسجيل المرأة' are a ministerial decision and a directive: the issuing is itself the act (like 'وجه ... بتضافر جهود' in the dev gold), not a report; not quotes although 'مفاده بأنّ' is followed by a complementiser.",
        "No quotes in this article.",
    ],
}

# 1. aawsat op-ed 'زيارة مشعل'.
ANNOTATIONS["54e11fa7ec07"] = {
    "quotes": [
        Q("السياسة السعودية قد اختلفت", "وبقية الحلفاء العرب", "indirect", "لترويج",
          "جماعة الإخوان", "جماعة الإخوان", "organization"),
        Q("السياسة السعودية مستقرة", "والاستجابة للمتغيرات", "indirect", "تأكيدات",
          "المسؤولين السعوديين وخادم الحرمين الملك سلمان",
          "المسؤولين السعوديين من كل المستويات، وأعلاها مقام خادم الحرمين الملك سلمان",
          "anonymous"),
        Q("زيارة خالد مشعل", "كأي مسلم", "indirect", "قال",
          "عادل الجبير", "وزير الخارجية السعودي عادل الجبير", "person"),
        Q("لم يكن هناك بحث", "ولا أي اجتماعات", "direct", "قال",
          "عادل الجبير", "", "person"),
        Q("التصريحات التي نتجت", "مبالغة في الموضوع", "direct", "وأضاف",
          "عادل الجبير", "الجبير", "person"),
        Q("موقف المملكة بالنسبة لحماس", "على أمنها الداخلي لم يتغير", "direct", "يوضح",
          "عادل الجبير", "", "person"),
        Q("الشيء الوحيد الذي", "خلق شيء لم يحدث", "direct", "قال",
          "عادل الجبير", "", "person"),
    ],
    "notes": [
        "Op-ed: the columnist's own arguments are the narrator's voice, not quotes.",
        "'دعايات ... من قبل جماعة الإخوان ... لترويج أكذوبة أن السياسة السعودية قد اختلفت ...': the speech noun 'ترويج' (spreading a claim) with 'أكذوبة أن' reports what the Brotherhood's media claim; annotated as an indirect quote by جماعة الإخوان (cf. the speech nouns 'تأكيد ... بأن' and 'تهديده' in the dev gold). The later 'ومن ذلك أن السعودية قررت الانصراف عن أميركا ...' has no speech cue governing 'أن' (it depends on 'من الكذب'): not a quote.",
        "'رغم تأكيدات المسؤولين السعوديين من كل المستويات، وأعلاها مقام خادم الحرمين الملك سلمان، أن ...': speech noun + complementiser, a quote; the source is the officials with King Salman at their head, so the speaker names both (as the dev gold does for a joint denial) and speaker_kind follows the first-named, unnamed officials (anonymous). The content keeps the coordinated 'وإن كان ثمة تغيير ...' to the sentence end.",
        "الجبير's indirect quote stops at its sentence end; the next sentence 'وعيدوا على الملك سلمان.' continues the report without a cue (narrator's paraphrase): not included. The following '«لم يكن هناك بحث ولا أي اجتماعات».' is his words in guillemets with no cue of its own, placed right after his attribution: annotated as a direct quote by عادل الجبير with the cue of that attribution ('قال') and an empty speaker_mention.",
        "'ثم يوضح أكثر: «...»' is one quote though the guillemets hold three sentences. «مجموعة من زملائه» inside quote 3 stays in its content; «المرجفة» and «الاستراتيجية» are scare quotes. 'فأتاهم الجواب السعودي الحازم' is a speech noun with no content.",
    ],
}

# 2. aleqtisadiya sport: Al-Nassr finances.
ANNOTATIONS["e2fce30f5213"] = {
    "quotes": [
        Q("سددت التزامات الرواتب", "مطلع الأسبوع المقبل", "indirect", "أكدت",
          "إدارة نادي النصر", "", "organization"),
        Q("أنفقت حتى الآن", "لإنهاء متطلبات التسجيل", "indirect", "مشيرة",
          "إدارة نادي النصر", "", "organization"),
    ],
    "notes": [
        "'حيث أكدت في بيان لها أنها ...': the subject is the club management ('إدارة نادي النصر', earlier in the sentence), so the speaker is that organisation rather than the statement (document); 'أنها' dropped whole; the content keeps the coordinated 'وسيتم تسديد أيار ...' and stops before '، مشيرة إلى أنها', which starts quote 2 by the same speaker.",
        "Not quotes: 'وافقت إدارة النصر على طلب اللاعب ... بالالتحاق' (an approval of a request, an act), 'يشار إلى أن ...' (narrator).",
        "Quotation marks around \"هانت\" (a colloquial word), \"من ركلة جزاء\" and \"الذي تصدى لركلة جزاء\" mark the outlet's own words, with no speech act: not quotes.",
    ],
}

# 3. aljazirah: Jazan rehabilitation centre Eid programme.
ANNOTATIONS["823ee80c6550"] = {
    "quotes": [
        Q("هذه الفعاليات التي نقيمها", "الفرحة والبهجة على محياهم", "indirect", "وأكد",
          "حسن باحسن", "المشرف على البرامج والأنشطة بالمراكز الأخصائي الاجتماعي حسن باحسن",
          "person"),
        Q("المركز يحرص كل الحرص", "(الرجال والنساء)", "indirect", "وأوضح",
          "أحمد الجباري", "مدير مركز التأهيل الشامل بمنطقة جازان الأستاذ أحمد الجباري",
          "person"),
        Q("إدارة المركز حريصة", "وقرب الأسرة منهم", "indirect", "وأشار",
          "أحمد الجباري", "", "person"),
    ],
    "notes": [
        "باحسن's quote slips into the first person ('التي نقيمها') but is introduced by 'أن': indirect; it runs to its sentence end.",
        "'وبدأت هذه الفعاليات ...' and 'ويبلغ عدد النزلاء ...' have no cue of their own: narrator, not part of the neighbouring quotes (content stops at the first sentence end).",
        "'وأشار إلى أن ...' follows the الجباري sentence with no other subject: same speaker, empty speaker_mention; content to the paragraph end (final full stop left out).",
    ],
}

# 4. almadina: الثقفي on schools and extremism.
ANNOTATIONS["b662632dbf14"] = {
    "quotes": [
        Q("تعزيز دور المدرسة", "ووسائل الإعلام والأجهزة الأمنية", "indirect", "أكد",
          "عبدالله بن أحمد الثقفي", "المدير العام للتعليم بجدة عبدالله بن أحمد الثقفي", "person"),
        Q("الشكر موصول", "للوقاية من الفكر المتطرف", "direct", "وقال",
          "عبدالله بن أحمد الثقفي", "", "person"),
        Q("الهاجس الأمني", "يجب التكاتف للقضاء عليها", "indirect", "وأوضح",
          "عبدالله بن أحمد الثقفي", "الثقفى", "person"),
        Q("أهمية دور المدارس", "للوسطية والاعتدال", "indirect", "وشدد",
          "عبدالله بن أحمد الثقفي", "", "person"),
        Q("كل المقبوض عليهم", "مع صحيح الإسلام", "indirect", "وقال",
          "عبدالله بن أحمد الثقفي", "", "person"),
        Q("معظم من يسقطون", "عن المألوف في قيم المجتمع", "indirect", "مشيرا",
          "عبدالله بن أحمد الثقفي", "", "person"),
        Q("التعليم يؤدي دورا", "والحفاظ على المكتسبات الأمنية", "indirect", "وأكد",
          "عبدالله بن أحمد الثقفي", "الثقفي", "person"),
        Q("من أهم المواد الدراسية", "لحفظ المجتمع من الجريمة والانحراف", "indirect", "مشيرا",
          "عبدالله بن أحمد الثقفي", "", "person"),
        Q("الرؤية المستقبلية", "والأستاذ وبيئة المدرسة", "indirect", "ويرى",
          "عبدالله بن أحمد الثقفي", "", "person"),
    ],
    "notes": [
        "'أكد ... الثقفي على تعزيز دور المدرسة ...' (an assertive cue with a noun-phrase object stating a position, like 'وأكد ... على وجود تنسيق' in the dev gold) is an indirect quote; 'على' is left out and the content stops before '، وقال'.",
        "'وقال في تصريحات لـ « المدينة « ...:»إن الشكر موصول ... المتطرف « .': the mis-oriented guillemets enclose his words, so the quote is direct; the 'إن' inside the opening mark is dropped (as for '\"إن ...\"' in the dev gold) and the space before the closing mark is left out. « المدينة « is the newspaper's name.",
        "'وقال: إن كل المقبوض عليهم ...' is colon + 'إن' in the third person: indirect; it stops before '،مشيرا إلى أن', which starts a new quote; 'والمعروف انه في تلك السن ...' is coordinated inside that clause and stays in it, to the sentence end.",
        "'وأكد الثقفي أن ...' stops before ' مشيرا إلى أن' (a participial cue with no comma before it), which starts a new quote running to the sentence end.",
        "'وشدد على أهمية دور المدارس ...' (a stance with a noun-phrase object) is an indirect quote; it stops before '، داعيا إلى مشاركة علماء التربية ...', an appeal, which is not a quote (as 'داعيا أبناء الوطن الى ...' in the dev gold).",
        "'ويرى أن ...' (يرى + أن) is an attribution by the same speaker; content to the sentence end.",
    ],
}

# 5. alriyadh: Turkey arrests.
ANNOTATIONS["ae129b587928"] = {
    "quotes": [
        Q("الوفيات وقعت", "في اقصى الشرق", "indirect", "وذكر",
          "خبر ترك", "موقع خبر ترك الالكتروني", "organization"),
        Q("قوات مكافحة الإرهاب، بالتعاون", "القبض على المشتبه بهم", "indirect", "وذكرت",
          "مصادر أمنية مطلعة", "مصادر أمنية مطلعة رفضت الكشف عن هويتها", "anonymous"),
        Q("التوقيفات جرت", "أعضاء جدد للتنظيم\"", "indirect", "واوضحت",
          "مصادر أمنية مطلعة", "المصادر ذاتها", "anonymous"),
        Q("نتيجة الهجمات", "خلال اشتباكات مع قوات الأمن", "indirect", "وذكرت",
          "مصادر مطلعة", "مصادر مطلعة", "anonymous"),
    ],
    "notes": [
        "The news site's speaker is written 'خبر ترك' (its name); the mention is 'موقع خبر ترك الالكتروني'. 'ولم يتضح على الفور هوية القتلى' is the narrator.",
        "'واوضحت المصادر ذاتها، أن ...' is an indirect quote with partial quotes inside ('ب\"صلتهم ...\"', '\"قيامهم ...\"'), which keep their quotation marks; the paragraph has no final full stop, so the content runs to its closing quotation mark. The passive 'اتهام المشبه بهم' inside it names no accuser: not a nested quote.",
        "'وذكرت مصادر مطلعة انه نتيجة ...': 'انه' (complementiser + pronoun of the matter) dropped whole; one sentence, content to its end; \"الإرهابية\" and \"الإرهابيين\" are scare quotes inside it. The speaker is written as in the text ('مصادر مطلعة'): the article does not say these are the same security sources as quotes 2 and 3.",
        "Not quotes: 'يشتبه في انتمائهم' and 'يشتبه بأنها تأوي ...' (impersonal passive, no source), the arrests, raids and air strikes (narrator), 'وصدر أمر باعتقال ...' (an order, an act). Quotation marks around \"داعش\", \"بي كيه كيه\" and \"جبهة حزب التحرير الشعبي الثوري\" mark names.",
    ],
}

# 6. alwatan op-ed on social-media war reporting (Yemen).
ANNOTATIONS["9b0b6a543048"] = {
    "quotes": [
        Q("خسائر", "خسائر", "indirect", "وتصويرها",
          "صدام وإعلامه", "صدام وإعلامه", "person", after="وتصويرها أنها "),
        Q("انتصاره وبداية احتلاله السعودية", "انتصاره وبداية احتلاله السعودية", "indirect", "فأعلن",
          "صدام", "", "person"),
        Q("الكر والفر هو خسارة حرب", "الكر والفر هو خسارة حرب", "indirect", "لتصوير",
          "العدو", "العدو", "organization"),
        Q("النصر", "النصر", "indirect", "يدعون",
          "أنصار عبدالملك الحوثي", "أنصاره", "anonymous", after="فأنصاره يدعون "),
    ],
    "notes": [
        "Op-ed in the columnist's first person ('أنا من جيل ...', 'وكدت أن أنسى أن أطلب ...'): his own claims and wishes are the narrator, not quotes.",
        "Claims attributed to the adversaries are annotated: 'وكان صدام وإعلامه بارعين في استغلال اليوميات وتصويرها أنها خسائر' (portraying the days as losses: 'تصوير' + complementiser, 'أنها' dropped whole), 'فأعلن انتصاره وبداية احتلاله السعودية' (a claimed victory, a report rather than a declaration that is itself the act; the subject is Saddam, whom 'له' points to just before), 'لذا استغل العدو المعارك اليومية ... لتصوير أن الكر والفر هو خسارة حرب' and 'فأنصاره يدعون النصر' (the supporters of عبدالملك الحوثي claim victory; the speaker is described, not named: anonymous).",
        "'العدو' (the Houthis and their backers, never named as one body) is written as in the text and labelled organization (a side, not an unnamed person).",
        "Not quotes: 'يحاولون اختراق الرأي العام بأن كل يوم ... هو خسارة للسعودية' (no speech cue governs 'بأن'), 'فمن قال إن الحرب أن تسقط عدن ...' (a rhetorical question with no source), 'عبر إشاعته' (a speech noun with a pronoun as content), 'الذنب يصيح الموت لأميركا' (a metaphorical speaker chanting a slogan, which reports nothing), 'فليتفضل عبدالملك الحوثي بإلقاء خطاب النصر' (the columnist's dare).",
    ],
}

# 7. alweeam: Kuwait-Saudi oilfield dispute.
ANNOTATIONS["ddf3d8389b08"] = {
    "quotes": [
        Q("خلاف بلاده مع السعودية", "صفو العلاقات بين البلدين", "indirect", "قال",
          "محمد عبد الله المبارك الصباح", "وزير كويتي", "person"),
        Q("لا يوجد “أي قضايا", "العلاقات بين البلدين”", "indirect", "وقال",
          "محمد عبد الله المبارك الصباح",
          "وزير الدولة لشؤون مجلس الوزراء الشيخ محمد عبد الله المبارك الصباح", "person"),
        Q("الرياض مسؤولية الخسائر", "الكويت بسبب الأزمة", "indirect", "حمل",
          "علي العمير", "", "person"),
        Q("صحة التسريبات", "صحة التسريبات", "indirect", "واعترفت",
          "الشركة الكويتية لنفط الخليج",
          "الشركة الكويتية لنفط الخليج التي تمثل الجانب الكويتي في إدارة الحقول المشتركة",
          "organization"),
        Q("استيائها من تداول", "ذات العلاقة”", "indirect", "عبرت",
          "الشركة الكويتية لنفط الخليج", "", "organization"),
        Q("الحكومة السعودية “ستتحمل", "اتفاقية التشغيل للعام 2010", "indirect", "وقال",
          "علي العمير", "العمير", "person"),
        Q("الخلاف مع السعوديين", "مع المصالح العليا للبلدين", "indirect", "وأوضح",
          "محمد عبد الله المبارك الصباح", "الوزير", "person"),
        Q("إجمالي إنتاج الحقول المشتركة", "تتقاسمها الدولتان بالتساوي", "indirect", "وتقدر",
          "مصادر نفطية", "مصادر نفطية", "anonymous"),
    ],
    "notes": [
        "The lead 'قال وزير كويتي اليوم الثلاثاء إن ...' is the minister named in the next sentence (وزير الدولة لشؤون مجلس الوزراء الشيخ محمد عبد الله المبارك الصباح, later 'الوزير محمد العبد الله' and 'الوزير'): speaker resolved to him; the scare-quoted “فني” stays in the content.",
        "'وقال ... إنه لا يوجد “...”': 'إنه' dropped; a partial quote after a complementiser is indirect and keeps its quotation marks. 'وقال العمير للنعيمي إن الحكومة السعودية “... 2010.”' ends before the closing '.”' so that the final full stop is left out (as in the dev gold).",
        "'مراسلات أجراها وزير النفط الكويتي علي العمير ... حمل فيها الرياض مسؤولية الخسائر ...' is an accusation (holding Riyadh responsible; cf. 'نسبت ... الهجوم إلى' in the dev gold): indirect quote by علي العمير, empty speaker_mention (the verb's implicit subject).",
        "'واعترفت الشركة ... بصحة التسريبات بشكل غير مباشر' is an admission with a verbal-noun object (admissions are quotes in the dev gold): 'ب' left out; the content is the admitted fact only, without the narrator's 'بشكل غير مباشر'; it stops before 'حيث عبرت', which is a quote of its own ('عبر عن' + stance noun, 'عن' left out) whose content holds the company's quoted words.",
        "'وتقدر مصادر نفطية إجمالي إنتاج الحقول ...' is an estimate with a noun-phrase object: indirect quote by unnamed oil sources.",
        "Not quotes: 'وأعلنت الشركة تشكيل لجنة تحقيق ...' (the announcement is itself the act), 'ولم يذكر تفاصيل' (no content), 'لأسباب قيل إنها تتعلق ...' (impersonal passive, no source), 'تلى ذلك الإعلان ... عن إغلاق حقل الوفرة' (no source; the closure is the act), 'وبدا أن ...' and 'فيما بدا أنها محاولة ...' (narrator), 'وجاء إغلاق حقل الخفجي ... ليكشف عن وجود أزمة' (an event, not a source, 'reveals'), and the footer 'رابط الخبر بصحيفة الوئام: الكويت: ...' (the headline repeated).",
    ],
}

# 8. alyaum: volunteer team Eid activities.
ANNOTATIONS["0d7cec744d46"] = {
    "quotes": [
        Q("الحفل -الذي", "ثم تناول الجميع طعام الغداء", "indirect", "وقالت",
          "هالة السعيد", "رئيسة شؤون المتطوعات بفريق معاني التطوعي هالة السعيد", "person"),
    ],
    "notes": [
        "'وقالت ... هالة السعيد إن الحفل -الذي ...- اشتمل على ...' is one indirect quote to its sentence end; the parenthetical between dashes stays in the content.",
        "Not quotes: thanks ('التي قدمت شكرها وتقديرها للمتطوعات ...', 'قدمن شكرهن وتقديرهن للمسؤولين ...', 'قدم الاستاذ عبدالرحمن بوعلي شكره للفريق ...') and well-wishing ('متمنين لهم الشفاء العاجل') report nothing (like 'تحيات ... ودعواته لهم بالشفاء' in the dev gold); 'الجدير بالذكر أن ...' is the narrator.",
        "Quotation marks around \"لمسة حنان\", \"أفراح العيد\", \"عيد وعيدية\", \"فرحة عيد\" and \"عيدكم أجمل\" mark slogans and programme names, not quotes.",
    ],
}

# 9. arreyadi column on the UN condom news.
ANNOTATIONS["f8f1d873fec2"] = {
    "quotes": [
        Q("أعلن برنامج الأمم المتحدة", "لوقاية الجماهير من فيروس الإيدز", "direct", "جاء",
          "الخبر", "الخبر", "document", after="ما نصه:"),
        Q("سيوزع 2 مليون", "لوقاية الجماهير من فيروس الإيدز", "indirect", "أعلن",
          "برنامج الأمم المتحدة المشترك المعني بفيروس نقص المناعة",
          "برنامج الأمم المتحدة المشترك المعني بفيروس نقص المناعة (الإيدز)", "organization"),
        Q("2 مليون واق سيكفون", "لمدة يوم واحد فقط", "direct", "وقال",
          "رافيو لابيدو", "رئيس الرابطة الجماهيرية النيجيرية", "person"),
    ],
    "notes": [
        "The columnist uses parentheses as quotation marks ('وقد جاء في الخبر ما نصه: (...)', 'قال ...: (إن ...)'); they are treated as quotation marks here, so both are direct. The news item is the only source given for the first, so its speaker is 'الخبر' (document); the content is the whole parenthesised text.",
        "The news item's own report 'أعلن برنامج الأمم المتحدة المشترك المعني بفيروس نقص المناعة (الإيدز) ... أنه سيوزع ...' is nested inside it with its own cue and complementiser: a quote of its own by UNAIDS ('أنه' dropped), overlapping quote 1.",
        "'وقال رئيس الرابطة الجماهيرية النيجيرية: (إن 2 مليون ...)': 'إن' inside the opening mark dropped (as for '\"إن ...\"' in the dev gold); direct; the speaker is named earlier as رافيو لابيدو.",
        "Not quotes: 'خبراً ... عن قيام الأمم المتحدة بتوزيع ...' (the columnist describes what the item is about; the item itself is quote 1), 'رفض (رافيو لابيدو) ... اقتراح البرنامج بتوزيع ...' (a refusal, and a proposal, i.e. acts), 'يطالب بتوزيع 62 مليوناً' (a demand with a verbal-noun object, like the appeals and directives left out in the dev gold), 'لوجود توقعات بازدهار ...' (no source), and the columnist's own comments, questions and prayer; (بريئة), (يا زينا ويا حليلنا), (والمضحك المبكي) are the columnist's words in parentheses.",
    ],
}

# 10. arriyadiyah: Saudi youth volleyball team in Rabat.
ANNOTATIONS["ba572a9e13b7"] = {
    "quotes": [
        Q("سعادته بالاحتفال", "سعادته بالاحتفال", "indirect", "عبر",
          "خالد مطر", "مدير المنتخب خالد مطر", "person"),
        Q("جهود رئيس البعثة واضحة", "وتحفيزه المستمر للفريق", "direct", "وقال",
          "خالد مطر", "", "person"),
        Q("المنتخب لديه أفضل", "في المباريات الماضية", "indirect", "أكد",
          "جورج ايفانوف", "مدرب المنتخب جورج ايفانوف", "person"),
        Q("مواجهة تونس اليوم بالصعبة", "مواجهة تونس اليوم بالصعبة", "indirect", "وصافاً",
          "جورج ايفانوف", "", "person"),
        Q("المنتخب التونسي من أقوى", "متى ماتواصل الدعم والاهتمام", "direct", "وقال",
          "جورج ايفانوف", "", "person"),
        Q("جدارة \"الأخضر\"", "بصدارة المجموعة الحديدية", "indirect", "أكد",
          "وسام حمدان", "لاعب المنتخب وسام حمدان", "person"),
        Q("لن نتخلى عن الصدارة", "في المباريات الماضية", "direct", "وقال",
          "وسام حمدان", "", "person"),
        Q("بتال لم يقصر معنا", "بذهب البطولة", "direct", "وأضاف",
          "وسام حمدان", "", "person"),
    ],
    "notes": [
        "'عبر مدير المنتخب خالد مطر عن سعادته بالاحتفال' (عبر عن + a stance noun, as in the dev gold) is an indirect quote; 'عن' left out; it stops before ' وقال:', which starts a direct quote by the same speaker.",
        "'أكد ... جورج ايفانوف ان ...' stops before ' وصافاً مواجهة تونس اليوم بالصعبة', a participial cue (واصفاً, misspelt) whose object states his assessment (as 'واصفة ... «الأجواء بغير المريحة أبدا»' in the dev gold): a quote of its own, indirect, stopping before ' وقال:'.",
        "'أكد ... وسام حمدان جدارة \"الأخضر\" بصدارة المجموعة' (an assertion with a noun-phrase object) is an indirect quote; \"الأخضر\" (the team's nickname) stays in its content. The space before the closing quotation mark of his first direct quote is left out.",
        "The crossheads '-جورج : القادم أفضل' and '-وسام : هدفنا البطولة' are subheadings that sum up the quotes below them (like the headline footers left out in the dev gold): not quotes.",
        "Not quotes: 'احتفى رئيس البعثة ...' and 'وأشاد بالجهود الكبيرة ...' (praise), 'ويتوقع ان تظهر المواجهة ...' (impersonal, no source).",
    ],
}

# 11. okaz column on the health ministry.
ANNOTATIONS["c7cd7d1e11fc"] = {
    "quotes": [
        Q("وزارة الصحة استعانت به", "لأحد الأقسام الطبية الهامة", "indirect", "يحكي",
          "صديقي", "", "anonymous"),
        Q("هل هذا يعقل", "أو ثغر يحمي الوطن", "direct", "قال",
          "مدير عام سابق لإحدى مديريات الشؤون الصحية في المملكة", "", "anonymous"),
    ],
    "notes": [
        "'يحكي لي أن ...' reports what the columnist's unnamed friend told him: indirect, speaker 'صديقي' (anonymous), empty speaker_mention (the verb's implicit subject). The content keeps the coordinated 'والمفارقة العجيبة أن وزارة الصحة منحته ...' (still the friend's story) and stops before '، قلت له ...'.",
        "'قلت له يا صديقي إن زامر الحي لا يطرب ...' is the columnist's own speech in his own article: the narrator's voice, not a quote attributed to a source (as his own comments, 'أتوقع ...' and 'وشهدت شخصيا ...' are).",
        "'قال نصا (...)': 'نصا' (verbatim) and the parentheses mark his exact words, so the quote is direct; the speaker is the unnamed former director general to whom the columnist mentioned the salary (anonymous; the attribution has only the implicit subject). (هروبه القهـري) and (عالميين) are the columnist's own words in parentheses.",
        "'وزيـر الصحة وقع ... اتفاقية' is an event, not a quote.",
    ],
}

# 12. sabq: the Sheikh of al-Azhar on the Shia theory of the imamate.
_TAYEB = "أحمد الطيب"
_SHIA = "الشيعة الإمامية"
ANNOTATIONS["3c46ba33552f"] = {
    "quotes": [
        Q("تحفظ \"أهل ", "\"نظرية الإمامة\" عند الشيعة", "indirect", "أكّد",
          _TAYEB, "شيخ الأزهر، أحمد الطيب", "person"),
        Q("مبايعة علي بن أبي طالب", "تسقط هذه النظرية من جذورها", "indirect", "معتبراً",
          _TAYEB, "", "person"),
        Q("أهل السنة يتحفظون", "في تراثهم القديم والحديث", "direct", "قال",
          _TAYEB, "شيخ الأزهر", "person"),
        Q("قلنا إن قول النبي", "بما يجعلهم في الفضل سواء", "direct", "وتابع",
          _TAYEB, "", "person"),
        Q("مَن كنت مولاه فعلي مولاه", "مَن كنت مولاه فعلي مولاه", "direct", "قول",
          "النبي", "النبي", "person"),
        Q("التحفظ الثاني على كلام", "وبلغوا لنا هذا الدين الحنيف من بعد رسول الله (صلى الله عليه وسلم)",
          "direct", "وأضاف", _TAYEB, "", "person"),
        Q("الصحابة خانوا عهد الله", "الخلافة من سيدنا علي", "indirect", "قالوا",
          _SHIA, "", "organization"),
        Q("لا يُعقل أبداً", "ولم يأخذوه من سيدنا علي فقط", "direct", "وأكّد",
          _TAYEB, "شيخ الأزهر", "person"),
        Q("يخونوا الله ورسوله", "يخونوا الله ورسوله", "indirect", "يقول",
          _SHIA, "الشيعة", "organization"),
        Q("هناك تحفظاً آخر", "من أجل تنفيذ هذا الأمر الإلهي", "direct", "وتابع",
          _TAYEB, "الطيب", "person"),
        Q("ومن يقول: إنه خاف", "وقاتل بعضهم بعضاً", "direct", "وأضاف",
          _TAYEB, "شيخ الأزهر", "person"),
        Q("سيدنا علي بشجاعته", "وبايع عمر وبايع عثمان", "direct", "وقال",
          _TAYEB, "", "person"),
        Q("نظرية الإمامة بهذا ", "أو كتب التاريخ المعتمدة", "direct", "واختتم",
          _TAYEB, "شيخ الأزهر", "person"),
    ],
    "notes": [
        "'أكّد شيخ الأزهر، أحمد الطيب، تحفظ \"أهل السُنَّة\" على ... \"نظرية الإمامة\" عند الشيعة' (an assertion with a noun-phrase object stating a position) is an indirect quote; the inner quotation marks (names and terms) stay in the content, which stops before '، معتبراً أن', a quote of its own.",
        "'إن \"...\"', 'أن \"...\"', 'أنه \"...\"' and 'بأن \"...\"' (the complementiser outside the quotation marks and the rest wholly inside them) are direct, with the content inside the marks, as for 'أشار ... إلى أنّها «...»' in the dev gold; the space before a closing mark and the trailing '..' are left out.",
        "'وحسب موقع \"سي إن إن\" بالعربية، قال شيخ الأزهر ...', 'وأضاف شيخ الأزهر، بحسب ما أورد الموقع الرسمي لـ \"مشيخة الأزهر\"، بقوله: ...' and the trailing '، بحسب قوله' name where the Sheikh's own words were published (or repeat that they are his): the sentence already has its speaker, so they are not separate quotes by the outlets (a second quote would have the same content).",
        "Nested quotes (overlapping the Sheikh's): 'قول النبي (صلى الله عليه وسلم): (مَن كنت مولاه فعلي مولاه)' (a speech noun + colon + the quoted hadith in parentheses: direct, speaker 'النبي'); 'أنهم قالوا: إن الصحابة خانوا ...' (colon + 'إن' in the third person: indirect, by the Imami Shia, stopping before the Sheikh's rebuttal '، وهذا كلام غير معقول'); 'ويخونوا الله ورسوله - كما يقول الشيعة -' (an 'as X say' attribution, content the clause it qualifies, leading 'و' left out). 'الشيعة الإمامية' (a religious community named as a body) is labelled organization.",
        "Not nested quotes: 'قلنا إن ...' and 'وسوف نذكر ... أن ...' (the Sheikh reporting himself inside his own quote), 'لأن الجميع فهم أن ...' (understanding, not speech), 'كما يراها الشيعة الإمامية' (no complementiser, pronoun object), 'تصوير الأمر على أن النبي ... نصّ ...' and 'واتهام له أنه قد خان الأمانة' (verbal nouns with no agent given: the Sheikh's hypothetical framing), 'ومن يقول: إنه خاف ...' and 'يُجاب عنه بأن ...' (an unspecified 'whoever says' and the Sheikh's own answer), 'والتاريخ يسجل أنه بايع ...' (history as a figurative source).",
    ],
}

# 13. SPA: contractor classification mechanism.
ANNOTATIONS["3a89ce246dad"] = {
    "quotes": [
        Q("قيام الوزارة ممثلة", "لاختبار البرنامج", "indirect", "وأشار",
          "عبدالله بن محمد المطيري",
          "وكيل وزارة الشؤون البلدية والقروية لشؤون تصنيف المقاولين المهندس عبدالله بن محمد المطيري",
          "person"),
        Q("الوزارة قامت بتعميم", "ابتداءً من 1 /6 /1437هـ", "indirect", "وأضاف",
          "عبدالله بن محمد المطيري", "", "person"),
    ],
    "notes": [
        "'وأشار ... المطيري في تصريح له اليوم إلى قيام الوزارة ... بإعداد برنامج آلي ...' is a cue with a verbal-noun object reporting what the ministry did (cf. 'مشيرًا إلى سقوط ستة قتلى' in the dev gold): an indirect quote, 'إلى' left out, content to the sentence end.",
        "'وأضاف أن ...' continues the same speaker; the inner \"تجريبية\" stays in the content, which runs to the sentence end (final full stop left out).",
        "Not quotes: 'اعتمد معالي وزير الشؤون البلدية والقروية ... آلية تصنيف ...' (the approval is the act) and 'ونص القرار الوزاري باعتماد آلية تصنيف ...' (a decree stipulating the adoption: the decision is itself the act, like the directives left out in the dev gold). The dateline, '//انتهى//' and the time stamp are agency markup.",
    ],
}
