"""Word sets and word-shape tests shared by the quote finder's modules.

Every key is folded (:func:`marsad.text.fold`); the sets are general Arabic
function words and cue look-alikes, the tests are shapes of verbal nouns.
Names with a leading underscore are private to the ``marsad.quotes`` package.
"""

from __future__ import annotations

from marsad.text import fold

_COMMA = frozenset({"،", ","})
_COLONS = frozenset({":", "–", "—", "-"})
_END_PUNCT = frozenset({".", "؛", ";", "!", "?", "؟", "…"})
# Words after which a verb starts its clause (so its subject follows it: VSO).
_CLAUSE_OPENERS = frozenset(
    fold(w) for w in ("كما", "فيما", "بينما", "ثم", "حيث", "لكن", "بل", "إذ", "وقد", "قد",
                      "لقد", "فقد", "كذلك", "وكما", "ولكن", "حين", "عندما")
)
# A pronoun on the word before the verb is its subject: لكنه قال، إلا أنه شدد.
_PRONOUN_OPENERS = frozenset(
    fold(w) for w in ("لكنه", "لكنها", "لكنهم", "ولكنه", "ولكنها", "أنه", "أنها", "أنهم",
                      "إنه", "إنها", "إنهم", "كما أنه", "بل إنه", "وإنه", "فإنه")
)
_AUXILIARIES = frozenset(fold(w) for w in ("كان", "كانت", "وكان", "وكانت", "قد", "لقد", "وقد",
                                            "أيضا", "بدوره", "بدورها", "من", "جانبه", "جانبها"))
_DEMONSTRATIVES = frozenset(fold(w) for w in ("هذه", "هذا", "تلك", "هذين", "هاتين", "هؤلاء"))
_PREPS_NOT_VERBS = frozenset(
    fold(w) for w in ("في", "على", "من", "إلى", "عن", "مع", "بعد", "قبل", "منذ", "خلال", "حول",
                      "لدى", "عند", "أمام", "بين", "ضمن", "عبر", "إن", "أن", "لا", "لم", "لن",
                      "ما", "هذا", "هذه", "ذلك", "تلك", "كان", "كانت", "قد", "هو", "هي", "هم",
                      "يذكر", "يشار", "تجدر", "مما", "بما", "كما")
)
# Words that look ambiguous as verbs (بين = between, زاد = increased, ...): cues only
# when the complementiser or colon follows within a few words.
_AMBIGUOUS = frozenset(fold(w) for w in ("بين", "زاد", "تابع", "رأى", "ذكر", "كتب", "طلب",
                                          "عبر", "روى", "نسب", "أبدى"))
# Words that start with ب or ل but are no preposition glued to a noun (بجهود، لشهر): the
# particles, and nouns that head a subject (لاعب المنتخب، لجنة، لواء، باحث).
_BA_NOT_PREP = frozenset(fold(w) for w in (
    "بن", "بنت", "بعد", "بين", "بعض", "بلاده", "بلادها", "بها", "به", "بهم",
    "لاعب", "لاعبة", "لاعبو", "لاعبي", "لجنة", "لجان", "لواء", "باحث", "باحثة", "باحثون",
    "بعثة", "بلدية", "برلمان", "برلماني", "بطل", "بطلة", "بنك", "بورصة",
))
_MAX_SUBJECT = 40
_BI_KULL = frozenset(fold(w) for w in ("بكل", "وبكل", "كل"))
_BAYYANA = fold("بين")
# Verbs that attribute the sentence before them: "...، كما ذكرت وكالة برناما".
_TRAILING = frozenset(fold(w) for w in ("قال", "ذكر", "أفاد", "أوضح", "أكد", "أعلن", "صرح",
                                         "أضاف", "أورد", "نقل"))
_JAA = frozenset(fold(w) for w in ("جاء", "وجاء"))
_FA_INNA = frozenset(fold(w) for w in ("فإن", "فان", "فإنه", "فإنها", "فإنهم"))
_ABBARA = fold("عبر")
_AMMA = frozenset(fold(w) for w in ("أما", "وأما"))
# A preposition before a verbal noun starts an adjunct: في تصريح، لدى زيارته، عند وصوله.
_ADJUNCT_PREPS = frozenset(fold(w) for w in ("في", "لدى", "عند", "خلال", "أثناء", "عقب", "بعد"))
_NEGATIONS = frozenset(fold(w) for w in ("لم", "لن", "لا", "ما", "ولم", "ولا", "ولن"))
_QUANTITY_HEADS = frozenset(fold(w) for w in ("مجموعة", "عدد", "بعض", "أحد", "جملة", "سلسلة"))
_OTHER = frozenset(fold(w) for w in ("آخر", "أخرى", "آخرون", "آخرين", "كبير", "رفيع", "بارز"))
_TRUE_PREPS = frozenset(fold(w) for w in ("في", "على", "من", "إلى", "عن", "مع", "منذ", "خلال",
                                           "حول", "عند", "أمام", "ضمن", "عبر", "بعد", "قبل",
                                           "إثر", "عقب"))
_QUANTIFIERS = frozenset(fold(w) for w in ("جميع", "كل", "بعض", "أحد", "معظم", "غالبية"))
_QAD = frozenset(fold(w) for w in ("قد", "لقد"))
_KANA = frozenset(fold(w) for w in ("وكان", "وكانت", "كان", "كانت", "وكانوا"))
_PREP_PRONOUNS = frozenset(fold(w) for w in ("لنا", "له", "لها", "لهم", "لي", "لكم", "إليه",
                                              "إليها", "عليه", "عليها", "إليهم", "منه", "عنه"))
_PARENTHETICAL = frozenset(fold(w) for w in ("وهو", "وهي", "وهم", "وهما"))
# An aside naming who relays the words (وأضاف الوزير، بحسب ما أورد موقع ...، أن): it ends
# the subject and is no part of the speaker's name.
_RELAYS = frozenset(fold(w) for w in ("بحسب", "حسب", "وفق", "وفقا", "نقلا", "طبقا", "حسبما",
                                      "بحسبما", "وحسب", "ووفقا"))
_RAW_PREPS = frozenset({"على", "إلى", "الى", "عن", "من", "ب"})
# Sentence adverbials before a verb (من جهته أكد، إلى ذلك أجمع): never its subject.
_ADVERBIALS = frozenset(fold(w) for w in ("جهته", "جهتها", "جانبه", "جانبها", "جانبهم", "ذلك",
                                           "بدوره", "بدورها", "أيضا", "كذلك", "بدورهم",
                                           # يوضح أكثر، قال مجددا: adverbs, not speakers
                                           "أكثر", "مجددا", "لاحقا"))



def token_keys(texts: list[str]) -> list[str]:
    """The folded lookup key of every token text.

    Tokens never contain white space, so one ``fold`` over the texts joined by
    spaces, split again, folds them all in two C calls.
    """
    keys = fold(" ".join(texts)).split(" ")
    if len(keys) != len(texts):  # defensive: a token with white space in it
        return [fold(t) or t for t in texts]
    if "" in keys:  # a tatweel-only token keeps its own text
        keys = [k or t for k, t in zip(keys, texts, strict=True)]
    return keys


def is_masdar_like(key: str) -> bool:
    """Whether a folded word looks like an indefinite verbal noun (تدمير، إكمال،
    اعتقال، استمرار، تراجع، مقتل) - the head of a reported noun-phrase object."""
    if key in _COMMON_MASDARS:
        return True
    if key.startswith("ال") or len(key) < 4:
        return False
    for suffix in ("ه", "ها", "هم", "هما"):  # حرصه، تشككه
        if len(key) - len(suffix) >= 4 and key.endswith(suffix) and len(key) > 5:
            stem = key[: -len(suffix)]
            if _masdar_shape(stem):
                return True
    return _masdar_shape(key)


def _masdar_shape(k: str) -> bool:
    n = len(k)
    if n == 5 and k[0] == "ت" and k[3] == "ي":  # تفعيل
        return True
    if n == 5 and k[0] == "ا" and k[3] == "ا":  # إفعال
        return True
    if n == 6 and k[0] == "ا" and k[2] in "تطد" and k[4] == "ا":  # افتعال
        return True
    if n == 6 and k[0] == "ا" and k[1] == "ن" and k[4] == "ا":  # انفعال
        return True
    if n == 7 and k.startswith("است") and k[5] == "ا":  # استفعال
        return True
    if n == 5 and k[0] == "ت" and k[2] == "ا":  # تفاعل
        return True
    if n == 5 and k[0] == "ت" and k[4] == "ه":  # تهيئة-like (تفعلة)
        return False
    if n >= 6 and k.endswith("يه") and k[0] != "م":  # جاهزية، إمكانية، مسؤولية
        return True
    return k in _COMMON_MASDARS


_COMMON_MASDARS = frozenset(
    fold(w) for w in (
        "مقتل", "مصرع", "قتل", "وجود", "عدم", "حرص", "أهمية", "ضرورة", "رغبة", "سقوط", "هروب",
        "القبض", "إصابة", "نجاح", "فشل", "دعم", "قرب", "صحة", "وقوع", "حدوث", "مسؤولية",
        "سيطرة", "قدرة", "عزم", "نية", "أمل", "قلق", "ارتياح", "تضامن", "رفض", "وفاة", "ارتفاع",
        "انخفاض", "زيادة", "تشكك", "اعتزاز", "استياء", "خشية", "مخاوف", "أسف", "حاجة",
        "قيام", "مشاركة", "تورط", "مقتل", "جرح", "خطف", "تحرير", "فرار", "نزوح",
    )
)


_PRONOUNS = ("ه", "ها", "هم", "هما", "هن", "نا", "ني", "ي", "ك", "كم")
_PREP_BASES = tuple(fold(w) for w in ("عن", "من", "ل", "على", "إلى", "ب", "في", "مع", "عند", "لدى"))


def _is_prep_pronoun(key: str) -> bool:
    """Whether a word is a preposition with a pronoun (عنهم، لنا، عليه)."""
    return any(key.startswith(p) and key[len(p):] in _PRONOUNS for p in _PREP_BASES)


def _is_adjunct(key: str, adjuncts: frozenset[str]) -> bool:
    """Whether a word (maybe with a possessive: كلمته، تقريرها) starts an adjunct."""
    if key in adjuncts:
        return True
    for suffix in ("ه", "ها", "هم"):
        if key.endswith(suffix):
            stem = key[: -len(suffix)]
            if stem in adjuncts or (stem.endswith("ت") and stem[:-1] + "ه" in adjuncts):
                return True
    return False
