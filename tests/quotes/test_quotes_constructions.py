"""Each construction of shared/spec/quotes.md, on real Arabic news sentences."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.document import Document, Entity, Mention
from marsad.pipeline import load_pipeline
from marsad.quotes.marks import pair_marks

PIPE = load_pipeline()


def quotes_of(text: str) -> list[tuple[str, str, str, str]]:
    doc = PIPE.analyze(text)
    return [(q.kind, q.content.text, q.speaker.text, q.speaker.kind) for q in doc.quotes]


def test_nested_same_marks_are_one_quote() -> None:
    text = ('وشدد المصدر على أن "البلاد تمر بمرحلة دقيقة، خاصة في ظل تهديدات جماعة '
            '"نصرة الإسلام والمسلمين" بتشديد الخناق على باماكو".')
    got = quotes_of(text)
    assert len(got) == 1
    kind, content, speaker, _ = got[0]
    assert kind == "direct"
    assert content.startswith("البلاد تمر") and content.endswith("على باماكو")
    assert '"نصرة الإسلام والمسلمين"' in content
    assert speaker == "المصدر"


def test_pairing_nested_marks() -> None:
    text = '"أ "ب ج" د".'
    pairs = pair_marks(text, [len(text)])
    assert [(q.open, q.close, q.depth) for q in pairs] == [(0, 10, 0), (3, 7, 1)]


def test_quote_opened_before_attribution_and_closed_after() -> None:
    text = ("«الحكومة لن تتراجع عن قرارها، قال الوزير محمد العلي، مهما كانت الضغوط "
            "التي تمارسها الأطراف الأخرى».")
    got = quotes_of(text)
    assert len(got) == 1
    kind, content, speaker, skind = got[0]
    assert kind == "direct"
    assert content.startswith("الحكومة لن تتراجع") and content.endswith("الأطراف الأخرى")
    assert "محمد العلي" in speaker
    assert skind == "person"


def test_quote_followed_by_its_attribution() -> None:
    text = "«الحوطة باتت تحت السيطرة بعد عمليات تمشيط واسعة»، قال مصدر عسكري."
    got = quotes_of(text)
    assert got == [("direct", "الحوطة باتت تحت السيطرة بعد عمليات تمشيط واسعة", "مصدر عسكري",
                     "anonymous")]


def test_quote_over_several_sentences_is_one() -> None:
    text = ('وقال الوزير: "نحن ملتزمون بالاتفاق. لن نتراجع عن أي بند منه. '
            'والكرة الآن في ملعب الطرف الآخر".')
    got = quotes_of(text)
    assert len(got) == 1
    assert got[0][0] == "direct"
    assert got[0][1].startswith("نحن ملتزمون") and got[0][1].endswith("الطرف الآخر")


def test_colon_speech_first_person_is_direct_and_with_inna_indirect() -> None:
    text = ("وقال السناتور بوب كروكر رئيس لجنة العلاقات الخارجية: نتمتع بالنفوذ لكن خلال تسعة "
            "أشهر سيحصلون على أموالهم.\nلكنه قال: إنه سينتظر لمعرفة المزيد من المعلومات.")
    got = quotes_of(text)
    assert got[0][0] == "direct" and got[0][1].startswith("نتمتع بالنفوذ")
    assert "بوب كروكر" in got[0][2]
    assert got[1][0] == "indirect" and got[1][1] == "سينتظر لمعرفة المزيد من المعلومات"
    assert got[1][2] == got[0][2]


def test_np_object_cue_is_a_quote_but_an_act_is_not() -> None:
    got = quotes_of("أعلن الجيش مقتل 13 مسلحا في اشتباكات شمال البلاد.")
    assert got == [("indirect", "مقتل 13 مسلحا في اشتباكات شمال البلاد", "الجيش",
                    "organization")]
    assert quotes_of("أعلن الرئيس حالة الطوارئ في البلاد لمدة شهر.") == []
    assert quotes_of("أعلنت الحكومة وقف إطلاق النار اعتبارا من منتصف الليل.") == []


def test_np_object_with_preposition() -> None:
    got = quotes_of("وكشف تقرير دولي عن تراجع معدلات الجرائم الإرهابية في مصر.")
    assert len(got) == 1
    assert got[0][1] == "تراجع معدلات الجرائم الإرهابية في مصر"


def test_bihasab_after_the_content() -> None:
    got = quotes_of("وقتل 39 متمردا على الأقل خلال الساعات الأخيرة في محافظة أبين، "
                    "بحسب مصادر طبية وعسكرية.")
    assert got == [("indirect", "وقتل 39 متمردا على الأقل خلال الساعات الأخيرة في محافظة أبين",
                    "مصادر طبية وعسكرية", "anonymous")]


def test_bihasab_before_the_content() -> None:
    got = quotes_of("وبحسب الخبير العسكري رياض قهوجي، فإن القوات الحكومية تحظى بدعم جوي كبير.")
    assert len(got) == 1
    assert got[0][1] == "القوات الحكومية تحظى بدعم جوي كبير"
    assert "قهوجي" in got[0][2]


def test_bihasab_with_a_non_source_is_not_a_quote() -> None:
    assert quotes_of("وتبدأ الجلسة في العاشرة صباحا بحسب التوقيت المحلي.") == []


def test_implicit_speaker_carried_from_previous_attribution() -> None:
    text = ("وقال المتحدث باسم الوزارة أحمد حافظ إن الاجتماع كان إيجابيا.\n"
            "وأضاف أن الجانبين اتفقا على مواصلة المشاورات الأسبوع المقبل.")
    got = quotes_of(text)
    assert len(got) == 2
    assert "أحمد حافظ" in got[0][2]
    assert got[1][2] == got[0][2]
    assert got[1][1] == "الجانبين اتفقا على مواصلة المشاورات الأسبوع المقبل"


def test_participle_cue_starts_a_new_quote_and_ends_the_first() -> None:
    text = ("وأوضح الوزير القحطاني أن الخدمات البلدية من الأولويات، مشيراً إلى أن "
            "اللجنة اعتمدت 1263 مركزاً انتخابياً.")
    got = quotes_of(text)
    assert [g[1] for g in got] == ["الخدمات البلدية من الأولويات",
                                   "اللجنة اعتمدت 1263 مركزاً انتخابياً"]
    assert got[0][2] == got[1][2]


def test_anonymous_source_and_short_mention() -> None:
    text = ("واستبعد مصدر سياسي رفيع في مالي أن تنأى السلطات بنفسها عن روسيا.\n"
            "وأوضح المصدر أنّ \"الجيش يفضّل الآن الضغط على روسيا\".")
    got = quotes_of(text)
    assert len(got) == 2
    assert got[0][2] == "مصدر سياسي رفيع في مالي" and got[0][3] == "anonymous"
    assert got[1][2] == "مصدر سياسي رفيع في مالي" and got[1][0] == "direct"


def test_scare_quotes_are_not_quotes() -> None:
    text = ('تعيش مالي وضعا صعبا في ظل حصار جماعة "نصرة الإسلام والمسلمين" المرتبطة بتنظيم '
            '"القاعدة"، وفق ما قاله محلل لـ"إرم نيوز" أمس عن فيلم «الرسالة».')
    got = quotes_of(text)
    assert all(g[1] not in ("نصرة الإسلام والمسلمين", "القاعدة", "إرم نيوز", "الرسالة")
               for g in got)


def test_complementiser_with_pronoun_is_dropped_whole() -> None:
    got = quotes_of("وأبان المتحدث الرسمي باسم الانتخابات أنه تمت معالجة معظم التحديات.")
    assert got[0][1] == "تمت معالجة معظم التحديات"


def test_svo_subject_before_the_verb() -> None:
    text = "وأوضح السفير أن البعض كان يشكك بأن مشاركة السعودية لن تكون قوية."
    got = quotes_of(text)
    speakers = {g[1]: g[2] for g in got}
    assert speakers["مشاركة السعودية لن تكون قوية"] == "البعض"


def test_entities_layer_gives_name_and_link() -> None:
    text = "وقال وزير الخارجية عادل الجبير إن الرياض تراقب التطورات عن كثب."
    doc = Document(text=text)
    for comp in PIPE.components if hasattr(PIPE, "components") else []:
        if comp.name == "text":
            comp(doc)
    start = text.index("عادل الجبير")
    doc.entities = [Entity("e1", "PER", "عادل الجبير")]
    doc.mentions = [Mention(start, start + 11, "عادل الجبير", "m1", "PER", "e1")]
    from marsad.components.quotes import QuoteFinder

    QuoteFinder()(doc)
    assert len(doc.quotes) == 1
    assert doc.quotes[0].speaker.text == "عادل الجبير"
    assert doc.quotes[0].speaker.entity == "e1"


@pytest.mark.parametrize("text", ["", " ", "«", "»»««", '"""', "قال", "قال إن", "بحسب",
                                  "وأضاف:", "أعلن الجيش،", "\n\n«قال»\n", "وقال ب إن", "أكد ل أن"])
def test_edge_texts_do_not_crash(text: str) -> None:
    doc = PIPE.analyze(text)
    doc.validate()


_WORDS = ["قال", "وقال", "إن", "أن", "بأن", "أنه", "«", "»", '"', "“", "”", "،", ".", ":", "-",
          "بحسب", "وفقا", "لـ", "ما", "وأضاف", "مشيرا", "إلى", "على", "عن", "مصدر", "المصدر",
          "الجيش", "أعلن", "مقتل", "ب", "ل", "و", "ف", "ـ", "(", ")", "التي", "الذي", "كان",
          "قد", "الوزير", "محمد", "علي", "\n", "تأكيد", "سموه", "أكدوا", "في", "تصريح", "؛",
          "نقلا", "حسب", "فإن", "بحسبما", "طبقا", "عنهم", "بأنه", "أفادنا", "يقولون", "لكنه"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=40).map(" ".join))
def test_any_word_sequence_gives_valid_quotes(text: str) -> None:
    doc = PIPE.analyze(text)
    assert not doc.failures, doc.failures
    doc.validate()
    for q in doc.quotes:
        assert q.content.end > q.content.start
        assert q.speaker.text


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("قال إن أن «»\"“”،.:بحسب وأضاف مصدر الجيش\n ")),
               max_size=120))
def test_any_text_gives_valid_quotes(text: str) -> None:
    doc = PIPE.analyze(text)
    assert not doc.failures, doc.failures
    doc.validate()
    for q in doc.quotes:
        assert q.content.end > q.content.start
        assert q.speaker.text


def test_statement_speaks_with_jaa_fi() -> None:
    got = quotes_of("وجاء في البيان: «إن الحادث لن يمر دون عقاب».")
    assert got == [("direct", "الحادث لن يمر دون عقاب", "البيان", "document")]
    assert quotes_of("جاء ذلك خلال زيارته للمنطقة أمس.") == []


def test_quotation_right_after_the_cue_is_the_content() -> None:
    got = quotes_of('وتحدث الوزير خالد الفالح للطلاب، حيث قال "نحن الآن في فضاء تفاعلي" في '
                    'كلمة له أمام الطلاب.')
    assert got[0][:3] == ("direct", "نحن الآن في فضاء تفاعلي", "خالد الفالح")


def test_via_and_adjectives_are_not_cues() -> None:
    assert quotes_of("وتتم المراجعة عبر الإنترنت وأجهزة رقمية عن بعد.") == []
    assert quotes_of("وتقدم المكتبة نصائح مفيدة للأطفال، والتي يرى الأهالي أنها مهمة جدا.") != [
        ("indirect", "للأطفال", "", "person")]


def test_spaced_reversed_guillemets_pair_with_each_other() -> None:
    # Writers who space their marks also reverse them: « المدينة « and »...« are pairs.
    text = ("أكد المدير العام للتعليم عبدالله الثقفي على دور المدرسة، وقال في تصريحات لـ « المدينة « "
            "على خلفية النجاحات الأمنية :»إن الشكر موصول لكافة الأجهزة الأمنية في مكافحة الإرهاب « . "
            "وأوضح الثقفي أن الهاجس الأمني لم يعد مسؤولية رجال الأمن فقط.")
    got = quotes_of(text)
    direct = [q for q in got if q[0] == "direct"]
    assert len(direct) == 1
    assert "الشكر موصول" in direct[0][1][:12] and direct[0][1].endswith("مكافحة الإرهاب")
    assert not any(q[1].strip() == "المدينة" for q in got)
    # The marks no longer swallow the rest of the paragraph: the next quote is found.
    assert any(q[1].startswith("الهاجس الأمني") for q in got)


def test_adverb_or_speech_noun_after_the_cue_is_no_speaker() -> None:
    text = ('وقال وزير الخارجية عادل الجبير: «التصريحات غير دقيقة». ثم يوضح أكثر: «موقف المملكة لم يتغير». '
            'وتابع بقوله: «لا جديد في الموضوع».')
    got = quotes_of(text)
    assert [q[2] for q in got] == ["عادل الجبير"] * 3


def test_the_same_sources_are_the_earlier_sources() -> None:
    text = ("وذكرت مصادر أمنية مطلعة أن قوات الدرك داهمت عدة أماكن في المدينة. "
            "وأوضحت المصادر ذاتها أن التوقيفات جرت على خلفية اتهامات بالتجنيد.")
    got = quotes_of(text)
    assert [q[2] for q in got] == ["مصادر أمنية مطلعة", "مصادر أمنية مطلعة"]
    assert {q[3] for q in got} == {"anonymous"}


def test_relaying_aside_is_not_the_speaker() -> None:
    text = ('وأضاف الوزير محمد العلي، بحسب ما أورد الموقع الرسمي للوزارة، بقوله: '
            '"الخلاف حدث بعد سنوات طويلة".')
    got = quotes_of(text)
    assert len(got) == 1 and "بحسب" not in got[0][2] and "العلي" in got[0][2]


def test_nisba_adjective_belongs_to_the_anonymous_source() -> None:
    got = quotes_of("وأكدت مصادر عسكرية تدمير ثلاث آليات للمسلحين في الهجوم.")
    assert got == [("indirect", "تدمير ثلاث آليات للمسلحين في الهجوم", "مصادر عسكرية", "anonymous")]


def test_implied_speaker_after_a_subject_starting_with_lam() -> None:
    # لاعب starts with ل but is a noun: the subject of أكد speaks in وقال.
    got = quotes_of('أكد لاعب المنتخب وسام حمدان جدارة المنتخب بصدارة المجموعة وقال: '
                    '"لن نتخلى عن الصدارة".')
    assert [(q[0], q[1]) for q in got][-1] == ("direct", "لن نتخلى عن الصدارة")
    assert "حمدان" in got[-1][2]


def test_more_than_one_source_is_a_speaker_not_an_adverb() -> None:
    got = quotes_of("وأكد أكثر من مصدر في لبنان اختطاف خمسة مواطنين في منطقة البقاع.")
    assert [q[2] for q in got] == ["أكثر من مصدر في لبنان"]


def test_glued_preposition_before_a_noun_is_still_no_subject() -> None:
    # بشهر رمضان is an adjunct of the sentence's verb, never a speaker.
    # (SaudiNewsNet, a 2015 arts report)
    text = ("مؤكدًا أنه مفتوح للجميع من أهل الفن في قطر والخليج لتسجيل أعمالهم وأغنياتهم.\n"
            "واحتفالاً بشهر رمضان المبارك، سجل فهد الكبيسي ابتهالاً دينيًا بعنوان «بك أستجير» "
            "الذي يعتبر أول الأعمال المسجلة و«الممكسجة» في «استوديو فهد الكبيسي» على يد المهندس "
            "محمد عبد الرحمن، بعد أن لحنها فهد الكبيسي نفسه، وكتبها الشاعر إبراهيم بدوي وقام "
            "بتوزيعها مهند سيف.")
    got = quotes_of(text)
    assert not any("رمضان" in q[2] for q in got)
