"""People and organizations: each attendee's name parts, organization and post, the person a
speaker label denotes, and the person and organization tables across meetings.

A person is identified by the name alone (its ``name_key``): officials change posts and
ministers change portfolios between meetings far more often than two different people of one
full name sit in the same body, so putting the organization into the key would split many real
people to keep apart a few. Where one meeting lists two people of the same name under different
organizations, those two are told apart by organization. A family name printed alone
(藤野課長) names nobody across meetings; it gets a person only through a speaker link to a full
name listed in the same meeting.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter, defaultdict

from .names import compact, display_name, is_post, name_key, name_reading, split_family_given, split_name_title
from .organizations import NATIONAL, host_from_text, host_government, split_title
from .records import Attendee, Extraction, Organization, Person
from .roles import role_class

_HONORIFIC = re.compile(r"(?:君|氏|さん|様|殿)$")
# A local assembly's committees and sessions (総務常任委員会, 定例会), not a ministry's councils.
_ASSEMBLY = re.compile(r"(?:委員会|議会|市会|定例会|臨時会)$")
_STAFF = frozenset({"explainer", "secretariat"})
_LOCAL_UNIT = re.compile(r"(?:局|部|課|室|本部|事務局)$")  # a sub-list headed by the unit its staff work in
_NAME_IN_BRACKETS = re.compile(r"^(?P<post>[^()]*)\((?P<name>[^()]+)\)$")  # 市長(大泉潤君)


def identify(extraction: Extraction, context: list[str] = ()) -> None:
    """Fill the people columns of the extraction's attendees, absentees and statements.

    ``context``: the document's lines outside its lists and body (title block, place, contact
    lines), where the body that runs the meeting names itself."""
    meeting = extraction.meeting
    people = extraction.attendees + extraction.absentees
    host = host_government(meeting.series, meeting.title)
    if not host:
        for row in people:
            _describe(row, "")
        national = any(split_title(row.organization)[2] == NATIONAL for row in people if row.organization)
        assembly = not national and bool(_ASSEMBLY.search(meeting.series))
        texts = [meeting.title, meeting.place] + [r.title for r in extraction.agenda + extraction.materials]
        host = host_from_text(texts + [s.text for s in extraction.statements], assembly)
    staff_host = host or _national_host([meeting.place, *context])
    previous = None
    for row in people:
        _describe(row, host, staff_host)
        if not row.organization and previous is not None and row.title.startswith("同"):
            row.organization, row.organization_id = previous.organization, previous.organization_id  # 同課課長補佐
        previous = row
    _tell_apart(extraction.attendees)
    _tell_apart(extraction.absentees)
    links: dict[str, str] = {}
    for statement in extraction.statements:
        if statement.speaker:
            if statement.speaker not in links:
                links[statement.speaker] = speaker_person(statement.speaker, people)
            statement.person_id = links[statement.speaker]


def _national_host(texts: list[str]) -> str:
    """The one ministry or agency the document's own lines name (厚生労働省医政局 under the
    title, 厚生労働省専用第22会議室): the body whose staff are listed by post alone. "" when
    they name none, or more than one."""
    named = set()
    for text in texts:
        organization, _, kind = split_title(text)
        if kind == NATIONAL:
            named.add(organization)
    return named.pop() if len(named) == 1 else ""


def _describe(row: Attendee, host: str, staff_host: str = "") -> None:
    row.role_class = role_class(row.role, row.group)
    row.family_name, row.given_name = split_family_given(row.name_raw)
    row.name_reading = name_reading(row.name)
    row.name_key = name_key(row.name)
    row.person_id = person_id(row.name_key) if _full_name(row) else ""
    organization, post, _ = split_title(row.title, host)
    if not organization and row.group:
        body, rest, _ = split_title(row.group)
        if body and not rest:
            organization = body  # 消費者庁：伊藤長官、高島審議官
    if not organization and staff_host and row.title and (row.role_class in _STAFF or _LOCAL_UNIT.search(row.group)):
        organization = staff_host  # the host's own staff, listed by post alone (次長, 書記, 医政局長)
    row.organization, row.post = organization, post
    row.organization_id = organization_id(organization) if organization else ""


def _full_name(row: Attendee) -> bool:
    """A name that can stand for one person across meetings: a given name is printed with it,
    or the dictionary cannot tell a family name alone (a name it does not know, read as given)."""
    return bool(row.given_name) or (not row.family_name and len(row.name) >= 3)


def _tell_apart(rows: list[Attendee]) -> None:
    by_key = defaultdict(list)
    for row in rows:
        if row.person_id:
            by_key[row.name_key].append(row)
    for key, same in by_key.items():
        if len({row.organization for row in same}) > 1:
            for row in same:
                row.person_id = person_id(key, row.organization)


def speaker_person(label: str, people: list[Attendee]) -> str:
    """The person_id a speaker label denotes: a full name printed in it (市長(大泉潤君),
    ごうこ正太郎委員), else the one listed person whose family name it opens with (河野大臣) or
    whose role or post it is (議長); empty when the label does not tell.

    >>> a = Attendee("m", 1, "", "議長", "城内実", "城内 実", "内閣府特命担当大臣", False, 1)
    >>> b = Attendee("m", 2, "", "", "河野太郎", "河野 太郎", "デジタル大臣", False, 1)
    >>> for row in (a, b): _describe(row, "")
    >>> [speaker_person(s, [a, b]) == b.person_id for s in ("河野大臣", "デジタル大臣(河野太郎君)", "河野太郎")]
    [True, True, True]
    >>> speaker_person("城内議長", [a, b]) == speaker_person("議長", [a, b]) == a.person_id, speaker_person("事務局", [a, b])
    (True, '')
    >>> c = Attendee("m", 3, "", "委員", "東珠実", "東 珠実", "", False, 1)
    >>> _describe(c, "")
    >>> [speaker_person(s, [a, b, c]) == c.person_id for s in ("東会長", "東オブザーバー", "東委員")]
    [True, True, True]
    """
    text = _HONORIFIC.sub("", unicodedata.normalize("NFKC", compact(label)))
    if text.startswith("(") and text.endswith(")"):
        text = _HONORIFIC.sub("", text[1:-1])  # (伊藤よしのり議長)
    listed = [row for row in people if row.person_id]
    bracketed = _NAME_IN_BRACKETS.match(text)
    if bracketed:
        name = _HONORIFIC.sub("", bracketed.group("name"))
        key = name_key(name)
        found = {row.person_id for row in listed if row.name_key == key}
        if len(found) == 1:
            return found.pop()
        family, given = split_family_given(name)
        return person_id(key) if given or len(name) >= 3 else ""
    key = name_key(text)
    starts = [row for row in listed if key.startswith(row.name_key)]
    if starts:
        longest = max(len(row.name_key) for row in starts)
        found = {row.person_id for row in starts if len(row.name_key) == longest}
        return found.pop() if len(found) == 1 else ""
    # The list's family names come first: the dictionary reads some as common words or places
    # (東会長, 三宅副会長 as 三宅副 + 会長).
    prefixes = [name_key(row.family_name) for row in listed if row.family_name]
    prefixes = [p for p in prefixes if key.startswith(p) and _is_post_or_role(key[len(p):])]
    if prefixes:
        name = max(prefixes, key=len)
        post = key[len(name):]
    else:
        name, post = split_name_title(text, expect_person=True)
    if post:
        family = [row for row in listed if row.family_name and name_key(row.family_name) == name_key(name)]
        found = {row.person_id for row in family}
        if len(found) > 1:
            found = {row.person_id for row in family if _holds(row, post)}
        if len(found) == 1:
            return found.pop()
        if family:
            return ""
    # The role the list gives first (会長 is the 会長, not a member who chairs another body), then a post.
    found = {row.person_id for row in listed if text and text == row.role}
    if not found:
        found = {row.person_id for row in listed if text and text in (row.title, row.post)}
    return found.pop() if len(found) == 1 else ""


def _is_post_or_role(text: str) -> bool:
    return bool(text) and (is_post(text) or role_class(text) != "other")


def _holds(row: Attendee, post: str) -> bool:
    """True when the label's post is the row's role or the end of its title (大臣 of デジタル大臣)."""
    return post == row.role or bool(row.title) and row.title.endswith(post) or bool(row.post) and row.post.endswith(post)


def person_id(key: str, organization: str = "") -> str:
    seed = f"person:{key}" + (f"|{organization}" if organization else "")
    return hashlib.sha256(seed.encode("utf-8")).hexdigest()[:12]


def organization_id(name: str) -> str:
    return hashlib.sha256(f"organization:{name}".encode("utf-8")).hexdigest()[:12]


def person_rows(extractions: list[Extraction]) -> list[Person]:
    """One row per person_id met in the attendees, absentees or speaker labels of these meetings."""
    names: dict[str, Counter] = defaultdict(Counter)
    parts: dict[str, tuple[str, str, str]] = {}
    dates: dict[str, set[str]] = defaultdict(set)
    meetings: dict[str, set[str]] = defaultdict(set)
    for extraction in extractions:
        meeting = extraction.meeting
        for row in extraction.attendees + extraction.absentees:
            if row.person_id:
                names[row.person_id][row.name] += 1
                parts.setdefault(row.person_id, (row.name_reading, row.family_name, row.given_name))
                meetings[row.person_id].add(meeting.meeting_id)
                if meeting.date:
                    dates[row.person_id].add(meeting.date)
        for statement in extraction.statements:
            if statement.person_id:
                meetings[statement.person_id].add(meeting.meeting_id)
                if meeting.date:
                    dates[statement.person_id].add(meeting.date)
                if statement.person_id not in parts:
                    name = _speaker_name(statement.speaker)
                    names[statement.person_id][name] += 1
                    parts[statement.person_id] = (name_reading(name), *split_family_given(name))
    rows = []
    for pid in sorted(meetings):
        seen = sorted(dates[pid])
        reading, family, given = parts[pid]
        rows.append(
            Person(
                person_id=pid,
                name=names[pid].most_common(1)[0][0],
                name_reading=reading,
                family_name=family,
                given_name=given,
                first_seen=seen[0] if seen else "",
                last_seen=seen[-1] if seen else "",
                meetings=len(meetings[pid]),
            )
        )
    return rows


def organization_rows(extractions: list[Extraction]) -> list[Organization]:
    found: dict[str, Organization] = {}
    for extraction in extractions:
        for row in extraction.attendees + extraction.absentees:
            if row.organization_id and row.organization_id not in found:
                kind = split_title(row.organization)[2] or "local_government"  # a host named alone
                found[row.organization_id] = Organization(row.organization_id, row.organization, kind)
    return sorted(found.values(), key=lambda o: o.name)


def _speaker_name(label: str) -> str:
    text = _HONORIFIC.sub("", unicodedata.normalize("NFKC", compact(label)))
    bracketed = _NAME_IN_BRACKETS.match(text)
    return display_name(_HONORIFIC.sub("", bracketed.group("name"))) if bracketed else text
