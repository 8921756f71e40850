"""Each pattern family on sentences written for these tests: news phrasing, tweets with
hashtags and emoji, text with diacritics. A suggestion is checked by the words it covers,
so each test reads like the guidelines it follows."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.suggestions.engine import Existing, compute
from annotator.suggestions.lexicon import default_lexicon
from annotator.suggestions.project_match import MarkedTexts
from annotator.suggestions.records import Group, Suggested


def groups(text: str, **kw) -> list[Group]:
    return compute(text, default_lexicon(), kw.pop("marked", None)).groups(**kw)


def words(text: str, ref: object) -> str | None:
    if isinstance(ref, Suggested):
        return text[ref.start : ref.end]
    return None if ref is None else f"#{ref}"


def triples(text: str, **kw) -> list[tuple[str | None, str | None, str | None]]:
    """(cue, speaker, claim) of every suggested claim, in text order."""
    return [
        (words(text, g.cue), words(text, g.speaker), words(text, g.claim))
        for g in groups(text, **kw)
        if g.claim is not None
    ]


# -- cues with their claims and speakers ---------------------------------------------------


def test_subject_after_the_verb_and_complement_clause() -> None:
    text = "قال وزير الخارجية إن بلاده لن تقبل أي تدخل."
    assert triples(text) == [("قال", "وزير الخارجية", "بلاده لن تقبل أي تدخل")]


def test_a_name_beside_a_role_is_the_name() -> None:
    text = "وأكد وزير الصحة خالد عبد الغفار أن الوضع مستقر."
    assert triples(text) == [("وأكد", "خالد عبد الغفار", "الوضع مستقر")]


def test_subject_before_the_verb() -> None:
    text = "الرئيس الفرنسي قال إن أوروبا يجب أن تعتمد على نفسها."
    assert triples(text) == [("قال", "الرئيس الفرنسي", "أوروبا يجب أن تعتمد على نفسها")]


def test_elided_subject_links_to_the_nearest_earlier_speaker() -> None:
    text = "قال بوتين إن الغرب يكذب. وأضاف أن روسيا قوية."
    found = groups(text)
    assert [words(text, g.cue) for g in found] == ["قال", "وأضاف"]
    assert found[1].speaker == found[0].speaker  # the same suggested mention
    assert found[1].own == (found[1].claim, found[1].cue)  # no speaker span of its own


def test_elided_subject_links_to_an_existing_annotation() -> None:
    text = "قال بوتين إن الغرب يكذب. وأضاف أن روسيا قوية."
    existing = [Existing(7, "speaker", 4, 9)]  # بوتين, marked by the analyst
    found = groups(text, existing=existing)
    assert [g.speaker for g in found] == [7, 7]


def test_participle_ends_the_first_claim_and_opens_another() -> None:
    text = "نفى الجيش أن تكون قواته استهدفت مدنيين، مؤكدا أن العمليات تستهدف المسلحين فقط."
    assert triples(text) == [
        ("نفى", "الجيش", "تكون قواته استهدفت مدنيين"),
        ("مؤكدا", "الجيش", "العمليات تستهدف المسلحين فقط"),
    ]


def test_colon_and_quote_after_the_cue() -> None:
    text = 'وتابع قائد الجيش: "لن نتراجع عن قرارنا أبدا".'
    assert triples(text) == [("وتابع", "قائد الجيش", "لن نتراجع عن قرارنا أبدا")]


def test_quote_later_in_the_sentence_after_a_relative_clause() -> None:
    text = "قالت السيدة نادية ، التي زارت المخيم أمس ، «إنها مسألة وقت فقط»."
    assert triples(text) == [("قالت", "السيدة نادية", "إنها مسألة وقت فقط")]


def test_short_quote_inside_a_sentence_is_a_scare_quote() -> None:
    text = "وقعت الدولتان اتفاقا يؤكد على «الصداقة» بينهما."
    assert triples(text) == []


def test_postposed_quote_and_postposed_clause() -> None:
    text = "«لن نرفع الأسعار هذا العام»، قالت رئيسة الوزراء."
    assert triples(text) == [("قالت", "رئيسة الوزراء", "لن نرفع الأسعار هذا العام")]
    text = "وعلى وجه الخصوص فإن الخطة تفيد موسكو ، كما تلاحظ السيدة بوبوفا."
    assert triples(text) == [("تلاحظ", "السيدة بوبوفا", "وعلى وجه الخصوص فإن الخطة تفيد موسكو")]


def test_speech_without_marks_after_a_present_tense_says() -> None:
    text = "وزير الداخلية يقول الوضع تحت السيطرة"
    assert triples(text) == [("يقول", "وزير الداخلية", "الوضع تحت السيطرة")]


def test_the_writers_own_comment_ends_a_claim_in_a_post() -> None:
    text = "أكد المتحدث أن الحكومة ستدفع التعويضات وهذا كذب مفضوح كالعادة 😡"
    assert triples(text) == [("أكد", "المتحدث", "الحكومة ستدفع التعويضات")]


def test_medial_cue_between_commas() -> None:
    text = "الاقتصاد سينمو بقوة، يقول محافظ البنك المركزي، مضيفا أن التضخم سيتراجع."
    assert triples(text) == [
        ("يقول", "محافظ البنك المركزي", "الاقتصاد سينمو بقوة"),
        ("مضيفا", "محافظ البنك المركزي", "التضخم سيتراجع"),
    ]


def test_a_subject_starting_with_waw_keeps_it_unless_it_is_a_conjunction() -> None:
    assert triples("وليد جنبلاط قال إن الحل قريب.")[0][1] == "وليد جنبلاط"
    assert triples("ووزير الخارجية قال إن الحل قريب.")[0][1] == "وزير الخارجية"


def test_a_verb_with_nothing_reported_is_no_cue() -> None:
    assert groups("أعلن الوزير.") == []
    assert groups("التقى الرئيس بالوفد في القصر.") == []


def test_a_report_without_author_is_not_attributed() -> None:
    assert groups("أشار التقرير إلى أن البطالة ارتفعت.") == []


def test_noun_phrase_complement() -> None:
    text = "ودعا الأمين العام للأمم المتحدة إلى وقف فوري لإطلاق النار."
    assert triples(text) == [("ودعا", "الأمين العام للأمم المتحدة", "وقف فوري لإطلاق النار")]


# -- expressions ----------------------------------------------------------------------------


def test_preposed_source_with_glued_lam_and_descriptor() -> None:
    text = "وفقا لصحيفة الغارديان، فإن الحكومة تدرس ضرائب جديدة."
    assert triples(text) == [("وفقا ل", "الغارديان", "الحكومة تدرس ضرائب جديدة")]


def test_postposed_source() -> None:
    text = "ارتفعت أسعار الوقود بنسبة 20% خلال شهر، بحسب البنك المركزي."
    assert triples(text) == [("بحسب", "البنك المركزي", "ارتفعت أسعار الوقود بنسبة 20% خلال شهر")]


# -- headlines and tweets -------------------------------------------------------------------


def test_headline_in_a_tweet_with_label_hashtags_emoji_and_url() -> None:
    text = "#عاجل | بوتين: روسيا مستعدة للتفاوض دون شروط 🔴🔴 #روسيا https://t.co/x1"
    assert triples(text) == [(None, "بوتين", "روسيا مستعدة للتفاوض دون شروط")]


def test_hashtag_speaker_is_kept_whole() -> None:
    text = "#وزارة_الصحة: لا صحة لعودة الحظر الشامل #كورونا"
    assert triples(text) == [(None, "#وزارة_الصحة", "لا صحة لعودة الحظر الشامل")]


def test_labels_before_a_colon_are_not_speakers() -> None:
    assert triples("عاجل: انقطاع الكهرباء في العاصمة") == []
    text = "عاجل: الخارجية الأمريكية: نتابع التطورات عن كثب"
    assert triples(text) == [(None, "الخارجية الأمريكية", "نتابع التطورات عن كثب")]


def test_tweet_with_emoji_and_quote_after_verb() -> None:
    text = 'غرد ترامب على منصته: "سنجعل أمريكا عظيمة مرة أخرى" 🇺🇸'
    assert triples(text) == [("غرد", "ترامب", "سنجعل أمريكا عظيمة مرة أخرى")]


def test_diacritics_and_tanween_are_read_through() -> None:
    text = "وَقَالَ الوَزِيرُ إِنَّ الحُكُومَةَ سَتَرْفَعُ الأُجُورَ."
    assert triples(text) == [("وَقَالَ", "الوَزِيرُ", "الحُكُومَةَ سَتَرْفَعُ الأُجُورَ")]
    text = "صرّح المتحدث باسم الحكومة بأنّ المحادثات مستمرة، مؤكداً أنّ الاتفاق قريب."
    assert [t[0] for t in triples(text)] == ["صرّح", "مؤكداً"]


# -- project match, existing annotations, rejection ----------------------------------------


def test_project_match_finds_marked_speakers_and_cues_again() -> None:
    text = "التقى بوبوفا أمس. ونقل عن بُوبوفا الكثير، وغرّد لاحقا."
    marked = MarkedTexts.of(["السيدة بوبوفا"], ["غرّد"])
    found = [
        (s.kind, text[s.start : s.end], s.pattern)
        for g in groups(text, marked=marked)
        for s in g.own
    ]
    assert ("speaker", "بوبوفا", "project-match") in found
    assert ("speaker", "بُوبوفا", "project-match") in found  # diacritics ignored, clitic left out
    assert ("cue", "وغرّد", "project-match") in found


def test_existing_annotations_and_rejections_remove_suggestions() -> None:
    text = "قال الوزير إن الخطة جاهزة."
    found = compute(text, default_lexicon())
    (group,) = found.groups()
    claim = group.claim
    assert claim is not None
    assert found.groups(rejected=[claim.key]) == []
    existing = [Existing(1, "claim", claim.start, claim.end)]
    assert found.groups(existing=existing) == []
    cue = group.cue
    assert isinstance(cue, Suggested)
    (again,) = found.groups(existing=[Existing(2, "cue", cue.start, cue.end)])
    assert again.cue == 2 and cue not in again.own  # linked to the analyst's own cue


# -- invariants -----------------------------------------------------------------------------

PIECES = st.sampled_from(
    [
        "قال",
        "الوزير",
        "إن",
        "أن",
        "الخطة",
        "جاهزة",
        ":",
        "«",
        "»",
        '"',
        "،",
        ".",
        "\n",
        "#عاجل",
        "|",
        "🔴",
        "بحسب",
        "وفقا",
        "لصحيفة",
        "مؤكدا",
        "ْ",
        " ",
        "https://t.co/a",
        "كما",
        "تلاحظ",
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(PIECES, max_size=40).map(" ".join))
def test_suggested_spans_fit_the_text_and_never_start_or_end_with_space(text: str) -> None:
    for group in groups(text):
        for span in group.spans():
            assert 0 <= span.start < span.end <= len(text)
            piece = text[span.start : span.end]
            assert piece == piece.strip()
            assert "https://" not in piece or span.kind != "claim"
        if group.claim is not None:
            assert group.claim in group.own


@pytest.mark.parametrize("text", ["", " ", "\n\n", "🔴", ":", "«", "قال"])
def test_degenerate_texts(text: str) -> None:
    assert groups(text) == []
