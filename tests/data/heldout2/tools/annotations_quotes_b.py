"""Quote annotations for tests/data/heldout2/articles.jsonl, articles 8 to 14
(lines 8-14 of articles.jsonl, by article id).

Each quote: frm / to = first and last characters of the content as written in
the article (after = an earlier string that disambiguates the occurrence);
kind, cue, speaker, speaker_mention, speaker_kind as in shared/spec/quotes.md.
Annotated by reading the text against the spec, the development gold's
conventions and notes, and the calls listed in tests/data/heldout/README.md.
"""


def Q(frm, to, kind, cue, speaker, mention, skind, after=None):
    return {"frm": frm, "to": to, "after": after, "kind": kind, "cue": cue,
            "speaker": speaker, "speaker_mention": mention, "speaker_kind": skind}


ANNOTATIONS = {}

# 7. alweeam: the Najran education director on the start of the school year.
_MANEA = "ناصر بن سليمان المنيع"
ANNOTATIONS["d067a7a6d6fd"] = {
    "quotes": [
        Q("الدراسة ستنطلق بشكلها", "حرصا على سلامة منسوبي التعليم", "indirect", "أكد",
          _MANEA, "مدير عام التعليم بمنطقة نجران ناصر بن سليمان المنيع", "person"),
        Q("إدارة تعليم نجران ستبذل", "وسط بيئة تعليمية آمنة", "indirect", "وأبان",
          _MANEA, "المنيع", "person"),
        Q("البدائل التقنية سيتم توفيرها", "مع بداية العام الدراسي الجديد", "indirect", "وأفاد",
          _MANEA, "", "person"),
    ],
    "notes": [
        "'أكد ... المنيع أن الدراسة ستنطلق ...': the coordinated ', والمدارس الغير آمنة سيتم استخدام البدائل ...' (no cue of its own, inside the same sentence) stays in the content, to the sentence end.",
        "'وأفاد أن ...' has no other subject: same speaker, empty speaker_mention; the sentence holds several coordinated clauses ('كما سيتم تدريب ...', 'وسيتم توفير ...', 'إضافة إلى إطلاق ...'), all kept to the sentence end (the space and full stop before it left out).",
        "Not quotes: 'وتم خلال الاجتماع تشكيل لجنة رئيسية ...' (an act, passive), 'الجدير بالذكر أن ...' (narrator) and the footer 'رابط الخبر بصحيفة الوئام: مدير تعليم نجران : انطلاق الدراسة ...' (the headline repeated, as in the dev gold).",
    ],
}

# 8. alyaum: evacuation of Omani bus-crash survivors from al-Ahsa.
ANNOTATIONS["71914ee0095d"] = {
    "quotes": [
        Q("تم تنفيذ خطة نقل 6", "إلى سلطنة عمان الشقيقة", "indirect", "أكد",
          "محمد بن خالد العبد العالي", "مدير الشؤون الصحية بالأحساء", "person",
          after="بدوره أكد"),
        Q("ليس من الغريب على المملكة", "ووسائل تنقلهم", "indirect", "أكد",
          "الأشقاء", "الأشقاء", "anonymous"),
    ],
    "notes": [
        "'بدوره أكد مدير الشؤون الصحية بالأحساء أنه تم تنفيذ ...': the director is named in the second paragraph ('مدير الشئون الصحية بمحافظة الأحساء الدكتور محمد بن خالد العبد العالي'), so the speaker is resolved to him; 'أنه' dropped whole.",
        "That quote stops before ' متمنين لهم تمام العافية وسلامة الوصول' (well-wishing, which reports nothing and is not a quote, as in the previous held-out set; a participial clause that is not a quote ends the quote before it, as 'داعيا ...' does in the dev gold); the following '، حيث تبقت حالة واحدة فقط ...' repeats the narrator's earlier background and is left out with it.",
        "'وسط إشادة عمانية كبيرة، حيث أكد الأشقاء أنه ليس من الغريب ...': the Omani 'brothers', unnamed people: speaker written as in the text ('الأشقاء'), anonymous; 'أنه' dropped; the coordinated 'واستجابة مجتمع الأحساء ... إلى جانب جهود جمعية البر ...' is still what is 'not strange', so the content runs to the sentence end. 'إشادة' (praise) is not a quote; «عابر سبيل» is a programme name.",
        "Not quotes: the narrated evacuation, casualty figures and flights; the trailing caption 'نقل أحد المصابين' ('transporting one of the injured', not a speech cue).",
    ],
}

# 9. arreyadi: medal bonuses and doping tests at the Incheon Asian Games.
_MASAAD = "عبدالعزيز المسعد"
ANNOTATIONS["f03a3eec16d3"] = {
    "quotes": [
        Q("عدد العينات التي", "سيصل الى 1920 عينه", "indirect", "وكشف",
          _MASAAD, "مسؤول الرقابة عن المنشطات في الوفد السعودي عبدالعزيز المسعد", "person"),
        Q("ذلك أعلى عدد", "في قوانزو بالصين", "indirect", "معتبراً",
          _MASAAD, "", "person"),
        Q("سيتم اختبار\u00a01600عينة", "زيادة عدد خلايا الدم الحمراء", "indirect", "وأشار",
          _MASAAD, "", "person"),
        Q("سيتم\u00a0إخضاع الحاصلين", "اختبارات عشوائية", "indirect", "وتابع",
          _MASAAD, "المسعد", "person"),
        Q("سيكون هناك 1621", "مفاجئاً خارج المنافسة", "indirect", "مشيراً",
          _MASAAD, "", "person"),
        Q("اللجنة السعودية للرقابة", "على الأجهزة الطبية في المنتخبات", "indirect", "واكد",
          _MASAAD, "المسعد", "person"),
    ],
    "notes": [
        "Not quotes: 'اعتمد الأمير عبدالله بن مساعد ... لائحة جديدة لمكافآت ...' and 'حيث تقرر حصول صاحب الذهبية ...' (an approval and a decision: the acts themselves, as decrees are in the previous held-out set), 'على أن يتم دراسة نظام الحوافز ...' (part of the decision), 'مع العلم أن ...', 'ومن المنتظر أن ...', 'وينتظر مشاركة ...' and 'ومن المتوقع مشاركة ...' (narrator or impersonal, no source).",
        "'وكشف ... المسعد أن ...' stops before ' معتبراً أن' (a participial cue, no comma before it), which starts a new quote by the same speaker, to the sentence end.",
        "'وأشار إلى أنه سيتم اختبار ...' and 'وتابع المسعد انه سيتم ...' and 'مشيراً الى انه سيكون ...': 'أنه'/'انه' (pronoun of the matter) dropped whole. The 'وأشار' content keeps the coordinated 'كما أنه ستجري ...' and the gloss on EPO ('وهو شكل من أشكال منشطات الدم ...'), which cannot be told apart from his words in indirect speech, to the sentence end. The 'وتابع' quote stops before ' مشيراً الى'.",
        "Two anchors are written with \\u00a0 because the article has no-break spaces there ('اختبار\\u00a01600عينة', 'سيتم\\u00a0إخضاع').",
        "'واكد المسعد ان ...' keeps the 'حيث تم منحهم التعليمات ...' clause to the sentence end.",
    ],
}

# 10. arriyadiyah: Saudi youth volleyball team before Algeria (Arab championship, Rabat).
ANNOTATIONS["4d6d6f9f8c06"] = {
    "quotes": [
        Q("مباراة الاربعاء لا تقبل", "وتشريف الوطن بمشيئة الله", "indirect", "وقال",
          "بتال العتيبي", "", "person"),
        Q("المنتخب قادر على تقديم", "المستوى المأمول منهم", "indirect", "أكد",
          "جورج ايفانوف", "مدرب المنتخب جورج ايفانوف", "person"),
        Q("المباراة مهمة لكلا", "متى ما تواصل الدعم والاهتمام", "direct", "وقال",
          "جورج ايفانوف", "", "person"),
    ],
    "notes": [
        "'وطالب رئيس البعثة بتال العتيبي من جميع اللاعبين بمضاعفة الجهد ...' is a demand with a verbal-noun object (like 'يطالب بتوزيع' in the previous held-out set): not a quote.",
        "'وقال خلال اجتماعه ... ان مباراة الاربعاء ...' (subject بتال العتيبي, implicit): introduced by 'ان', so indirect although it is in the first person; a quotation mark opens mid-clause ('ونحن \" على ثقة كبيرة ...') and never closes, so the content, with that inner mark kept, runs to the end of the paragraph (one quote; a partial quote after a complementiser is indirect). 'سنثبت للجميع ان ...' is his own first-person statement inside his quote, not a nested quote.",
        "'أكد ... جورج ايفانوف ان ...' (first person 'ننتظره', 'وسنعمل' but introduced by 'ان': indirect) stops before ' وقال \"', which starts a direct quote; the 'ان' inside its opening mark is dropped (as in the dev gold) and the closing '\".' left out.",
        "Not quotes: 'تعتبر مباراة الاربعاء ...', 'ويتوقع ان تظهر المواجهة ...' (impersonal, no source), 'نجد ان ...' and 'كل التوفيق للأخضر' (the outlet's own voice).",
    ],
}

# 11. okaz: Yemen's planning minister on the humanitarian situation in Aden.
_MAITAMI = "محمد الميتمي"
ANNOTATIONS["24bb20ce8e54"] = {
    "quotes": [
        Q("وزارته تبذل جهودا", "تحريرها من الميليشات الحوثية", "indirect", "أكد",
          _MAITAMI, "وزير التخطيط اليمني الدكتور محمد الميتمي", "person"),
        Q("الوضع الإنساني في عدن", "من بطش الميليشيات الحوثية", "indirect", "مضيفا",
          _MAITAMI, "", "person"),
        Q("وزارة التخطيط اليمنية تعمل", "لإعادة الإعمار في اليمن", "indirect", "وأضاف",
          _MAITAMI, "", "person"),
        Q("وزارته أصدرت أربعة تقارير", "لحين عودتها الى اليمن", "indirect", "وأوضح",
          _MAITAMI, "الوزير الميتمي", "person"),
        Q("الاتفاقية شملت تقديم", "من أكثر المحافظات المنكوبة", "indirect", "قال",
          _MAITAMI, "الوزير اليمني", "person"),
        Q("الحكومة اليمنية تعول", "من مختلف الدول والمنظمات", "indirect", "مشيرا",
          _MAITAMI, "", "person"),
        Q("الحكومة اليمنية ستعود", "من المحافظات والمديريات المجاورة", "indirect", "وقال",
          _MAITAMI, "الميتمي", "person"),
        Q("الأوضاع الإنسانية في عدن بـ", "بسبب استيلاء الحوثيين عليها", "indirect", "ووصف",
          _MAITAMI, "الوزير الميتمي", "person"),
    ],
    "notes": [
        "All quotes are by the minister (محمد الميتمي), all indirect: partial quotes inside them («كارثي», «15», «250», «الكارثية») keep their guillemets; «عكاظ» is the newspaper's name.",
        "'أكد ... أن ...' stops before '، مضيفا إن', which starts a new quote; that one keeps the coordinated 'وأن هناك أكثر من ستة ملايين ...' and 'فضلا عن ...' to the sentence end.",
        "'وأوضح الوزير الميتمي أن ...' stops at its sentence end; the next sentence 'وسيكون منها مشروعات عدة ...' has no cue of its own (narrator's continuation, as in the dev gold).",
        "'قال الوزير اليمني إن الاتفاقية ...' stops before ' مشيرا في هذا الصدد إلى أن' (no comma), which starts a new quote to the sentence end.",
        "'ووصف الوزير الميتمي الأوضاع الإنسانية في عدن بـ «الكارثية»' is a description stating his assessment (as 'وصافاً مواجهة تونس اليوم بالصعبة' in the previous held-out set): indirect, content from the object; the explaining 'فقد انعدم وجود البنى التحتية ...' in the same sentence stays in it, to the sentence end; the next sentence 'وما جرى في محافظة عدن ...' has no cue and is left out.",
    ],
}

# 12. sabq (SPA): the Council of Senior Scholars on the Asir mosque bombing.
_AMANA = "الأمانة العامة لهيئة كبار العلماء"
ANNOTATIONS["4eb61dfe66aa"] = {
    "quotes": [
        Q("ما وصل إليه هؤلاء المجرمون", "عَذَابٌ عَظِيمٌ}", "indirect", "وأكدت",
          _AMANA, "الأمانة", "organization"),
        Q("إِنَّمَا جَزَاءُ", "عَذَابٌ عَظِيمٌ", "direct", "لقول",
          "الله", "الله", "person"),
        Q("لا يخفى على أحد", "الحكم الشرعي الصارم بحقهم", "indirect", "وأضافت",
          _AMANA, "الأمانة", "organization"),
        Q("يقطع دابر هؤلاء", "دسيسة على الإسلام وأهله", "indirect", "سألت",
          _AMANA, "الأمانة العامة لهيئة كبار العلماء", "organization",
          after="وفي ختام بيانها"),
    ],
    "notes": [
        "'أدانت الأمانة العامة لهيئة كبار العلماء ... العمل الإجرامي ...' is a condemnation (an event, as 'دانت' in the dev gold): not a quote. The speaker of the statement ('في بيان لها') is the secretariat itself (organization), not the statement.",
        "'وأكدت الأمانة ... أن ما وصل إليه ...': the coordinated 'وإن من أوجب ذلك إيقاع حكم الله فيهم؛ امتثالاً لقول الله تعالى: {...}' stays in the content, to the sentence end; the braces of the verse are kept (inner quotation marks of an indirect quote) and the final full stop left out.",
        "Nested in it: 'لقول الله تعالى: {...}' (a speech noun + colon + the Quranic verse in braces, treated as quotation marks) is a direct quote by الله, as the quoted hadith by 'النبي' in the previous held-out set (speaker_kind person as there; the honorific 'تعالى' left out of the mention). It overlaps quote 1.",
        "'وأضافت الأمانة أنه لا يخفى على أحد أن ...': 'أنه' dropped whole; one quote to the sentence end. 'فقد حثّ النبي ... على قتلهم وقتالهم' inside it is an exhortation with a verbal-noun object, not a nested quote.",
        "'سألت الأمانة ... الله تعالى أن يقطع دابر هؤلاء، وأن يمكّن منهم، وأن يفضح ...' is a supplication with its own complementiser (as 'سائلا الله أن يتقبل ...' in the dev gold): indirect; content to the sentence end ('فهم دسيسة على الإسلام وأهله'); the closing formula 'إنه وليّ ذلك والقادر عليه.' is a new sentence without a cue and is left out.",
        "'واس- الرياض:' is the agency dateline.",
    ],
}

# 13. was (SPA) sport: Sevilla's coach and a player before the UEFA Super Cup.
_EMERY = "أوناي ايمري"
_REYES = "خوسيه أنطونيو ريس"
ANNOTATIONS["80b7ac618fd2"] = {
    "quotes": [
        Q("سعيهم للفوز بكأس", "برشلونة مساء اليوم", "indirect", "أكد",
          _EMERY, "المدير الفني لنادي اشبيلية الأسباني أوناي ايمري", "person"),
        Q("خصمه هو الأوفر حظاً", "للفوز باللقب", "indirect", "معترفاً",
          _EMERY, "", "person"),
        Q("سنتوجه إلى الملعب", "المباريات النهائية لا تلعب كل يوم", "direct", "وقال",
          _EMERY, "ايمري", "person"),
        Q("أعطى لمسة مميزة", "للفريق الكتالوني", "indirect", "مؤكداً",
          _EMERY, "", "person"),
        Q("غياب مهاجم برشلونة", "سيحل بديلا لنيمار", "indirect", "مشيراً",
          _EMERY, "", "person"),
        Q("قلقه من المشكلات", "بسبب التهاب بالمعدة", "indirect", "وأعرب",
          _EMERY, "ايمري", "person"),
        Q("تفاؤلاً أكبر", "الذي أبداه مدربه", "indirect", "أبدى",
          _REYES, "المهاجم خوسيه أنطونيو ريس لاعب اشبيلية", "person"),
        Q("حضرنا من أجل الفوز", "ولكننا سنحاول تحقيق الفوز", "direct", "وقال",
          _REYES, "", "person"),
        Q("الفريقان يقتسمان", "حظوظ الفوز بالمباراة", "indirect", "ويرى",
          _REYES, "ريس", "person"),
        Q("كل فريق يملك 50", "فقدناها أمام ريال مدريد", "direct", "قائلاً",
          _REYES, "", "person"),
    ],
    "notes": [
        "'أكد ... أوناي ايمري سعيهم للفوز بكأس السوبر ...' is an assertion with a noun-phrase object stating his aim (widened rule, as 'أكد ... جدارة \"الأخضر\"' in the previous held-out set): indirect; it stops before '، معترفاً في الوقت نفسه أن', an admission with a complementiser, which is a quote of its own.",
        "'وأشاد ايمري بالمدير الفني لبرشلونة لويس إنريكي' is praise: not a quote; the participial 'مؤكداً أنه أعطى ...' after it is ('أنه' dropped whole) and stops before ' , مشيراً إلى أن', which starts another quote; \"البرازيلي\" (a scare-quoted word standing for Neymar) stays in that content.",
        "'وأعرب ايمري عن قلقه من ...' (أعرب عن + a stance noun, as in the dev gold): indirect, 'عن' left out, content to the sentence end.",
        "'أبدى ... ريس ... تفاؤلاً أكبر من الذي أبداه مدربه' (an expressed stance, like 'عبر عن تشككه' in the dev gold): indirect, content the noun phrase, stopping before '، وقال:', which is his direct quote.",
        "'ويرى ريس أن ...' is an attribution (يرى + أن), stopping before ' قائلاً :', whose quotation mark never closes: the direct quote runs to the paragraph end, final full stop left out.",
        "'// انتهى //', the dateline and the time stamp are agency markup.",
    ],
}
