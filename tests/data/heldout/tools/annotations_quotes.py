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
