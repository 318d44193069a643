"""People and organizations: name parts, readings, organizations in titles, one person across meetings."""

from __future__ import annotations

import csv
import unicodedata

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from extractor import extract
from extractor.batch import Options, run
from extractor.names import display_name, name_key, name_reading, split_family_given
from extractor.organizations import split_title
from extractor.persons import speaker_person
from extractor.records import Attendee
from extractor.roles import ROLE_CLASSES, role_class
from tests.conftest import FIXTURES

SEED = FIXTURES / "ai-senryaku-02-gijiyoshi.pdf"

# The organizations of the seed's 構成員 rows, in the order they first appear.
SEED_MEMBER_ORGANIZATIONS = [
    "内閣官房", "内閣府", "公正取引委員会", "警察庁", "個人情報保護委員会", "金融庁", "消費者庁", "こども家庭庁",
    "デジタル庁", "総務省", "法務省", "外務省", "文部科学省", "厚生労働省", "農林水産省", "経済産業省",
    "国土交通省", "環境省", "防衛省", "防衛装備庁",
]  # fmt: skip

# Text as PDFs deliver it: names, titles, labels, and the characters that go wrong.
TEXT = st.text(
    alphabet=st.sampled_from(
        list("熊谷和哉髙橋渡邊濱野楠正憲たかひさむらまつ内閣府総務省大臣官房審議官局長課長部市県町会協組合")
        + list("（）()・ 　\u3000-－ー1１ＡA※代理出席議長座長委員構成員株式会社一般社団法人大学教授⽇")
    ),
    max_size=24,
)
ANY_TEXT = st.text(max_size=40)


@given(ANY_TEXT)
@settings(max_examples=300, deadline=None)
def test_name_normalization_never_raises_and_is_idempotent(text):
    assert display_name(display_name(text)) == display_name(text)
    assert name_key(name_key(text)) == name_key(text)
    assert name_key(text) == name_key(unicodedata.normalize("NFKC", text))
    family, given_name = split_family_given(text)
    if family or given_name:
        assert family + given_name == display_name(text).replace(" ", "") or family + given_name == display_name(text)
    reading = name_reading(text)
    assert all("\u30a0" <= c <= "\u30ff" for c in reading)


@given(TEXT, TEXT)
@example("大学市長(全国市長会)", "")  # a local head: the post is what follows the government's name
@settings(max_examples=300, deadline=None)
def test_titles_split_into_organization_and_post_without_losing_text(title, host):
    organization, post, kind = split_title(title, host)
    whole = unicodedata.normalize("NFKC", title).replace(" ", "").replace("\u3000", "")
    if organization and organization != host:
        assert whole.startswith(organization) and (organization + post).replace("・", "") == whole.replace("・", "")
        assert kind
    elif not organization:
        assert post == whole and kind == ""
    assert role_class(title, host) in ROLE_CLASSES


@pytest.fixture(scope="module")
def seed():
    return extract(SEED)


def test_seed_members_have_their_ministry_or_agency(seed):
    members = [a for a in seed.attendees if a.role == "構成員"]
    assert len(members) == 32
    first_seen = list(dict.fromkeys(a.organization for a in members))
    assert first_seen == SEED_MEMBER_ORGANIZATIONS
    assert all(a.post and a.title.endswith(a.post) for a in members)
    assert all(a.organization_id for a in members)


def test_seed_posts_and_roles(seed):
    chair = seed.attendees[0]
    assert (chair.name, chair.organization, chair.post, chair.role_class) == (
        "城内実", "内閣府", "特命担当大臣(科学技術政策)", "chair"
    )  # fmt: skip
    classes = {a.role: a.role_class for a in seed.attendees}
    assert classes == {
        "議長": "chair",
        "顧問": "adviser",
        "議長代行": "acting_chair",
        "議長代理": "deputy_chair",
        "構成員": "member",
    }


def test_seed_family_and_given_names_follow_the_printed_space(seed):
    spaced = [a for a in seed.attendees if len(a.name_raw.split()) == 2]
    assert len(spaced) == 4
    for person in spaced:
        assert [person.family_name, person.given_name] == person.name_raw.split()
    by_name = {a.name: a for a in seed.attendees}
    assert (by_name["楠正憲"].family_name, by_name["楠正憲"].given_name) == ("楠", "正憲")  # printed without a space
    assert by_name["熊谷和哉"].name_reading == "クマガイカズヤ"
    assert all(a.person_id and len(a.person_id) == 12 for a in seed.attendees)


def _rows(path):
    with open(path, encoding="utf-8") as stream:
        return list(csv.DictReader(stream))


def test_two_meetings_that_share_people_give_one_person_each(tmp_path):
    """The seed's meeting and the next one (fixtures/src/ai-senryaku-03-gijiyoshi.txt): the same
    people, one printed without its layout space, one with 浜 for 濱, one moved to another post."""
    out = tmp_path / "out"
    run([SEED, SEED.with_name("ai-senryaku-03-gijiyoshi.pdf")], out, Options(jobs=1, quiet=True))
    attendees, persons = _rows(out / "attendees.csv"), _rows(out / "persons.csv")
    assert len(attendees) == 74
    assert len(persons) == 37 == len({p["person_id"] for p in persons})
    assert all(p["meetings"] == "2" for p in persons)
    assert all((p["first_seen"], p["last_seen"]) == ("2025-05-14", "2025-06-11") for p in persons)
    kumagai = [p for p in persons if p["family_name"] == "熊谷"]
    assert [(p["name"], p["given_name"], p["name_reading"]) for p in kumagai] == [("熊谷和哉", "和哉", "クマガイカズヤ")]
    hamano = {a["person_id"] for a in attendees if a["name"] in ("濱野幸一", "浜野幸一")}
    assert len(hamano) == 1
    organizations = _rows(out / "organizations.csv")
    kinds = {o["name"]: o["kind"] for o in organizations}
    assert kinds["内閣府"] == "national_government" and kinds["デジタル庁"] == "national_government"
    assert {a["organization_id"] for a in attendees if a["organization"]} <= {o["organization_id"] for o in organizations}


def test_speaker_labels_name_the_attendee_they_denote():
    people = [
        Attendee("m", 1, "出席者", "議長", "城内実", "城内 実", "内閣府特命担当大臣", False, 1),
        Attendee("m", 2, "出席者", "構成員", "河野太郎", "河野 太郎", "デジタル大臣", False, 1),
        Attendee("m", 3, "出席者", "構成員", "河野花子", "河野 花子", "総務省審議官", False, 1),
        Attendee("m", 4, "説明員", "", "大泉潤", "大泉 潤", "市長", False, 1),
        Attendee("m", 5, "幹事", "幹事", "藤野", "藤野", "総務省大臣官房企画課課長", False, 1),
    ]
    from extractor.persons import _describe

    for row in people:
        _describe(row, "")
    ids = {row.name: row.person_id for row in people}
    assert speaker_person("城内議長", people) == ids["城内実"]
    assert speaker_person("議長", people) == ids["城内実"]
    assert speaker_person("市長(大泉潤君)", people) == ids["大泉潤"]
    assert speaker_person("(大泉潤市長)", people) == ids["大泉潤"]
    assert speaker_person("河野花子委員", people) == ids["河野花子"]
    assert speaker_person("河野大臣", people) == ids["河野太郎"]  # two 河野, one of them the 大臣
    assert speaker_person("河野委員", people) == ""  # two 河野 and nothing to tell them apart
    assert speaker_person("藤野課長", people) == ""  # a family name alone is nobody across meetings
    assert speaker_person("事務局", people) == ""
    assert ids["藤野"] == ""


def test_a_speaker_named_by_role_is_the_one_listed_in_that_role_not_a_member_whose_post_it_is():
    from extractor.persons import _describe

    people = [
        Attendee("m", 1, "委員", "会長", "佐々木健一", "佐々木 健一", "北川大学経済学部教授", False, 1),
        Attendee("m", 2, "委員", "委員", "吉田幸子", "吉田 幸子", "北川市老人クラブ連合会会長", False, 1),
    ]
    for row in people:
        _describe(row, "")
    assert speaker_person("会長", people) == people[0].person_id
