"""The CEM packet PDF: content built once from anonymized cases, one copy per recipient.

Every string that reaches the PDF is a :class:`Text` inside :class:`PacketContent`
(or a copy's own lines from :func:`copy_texts`); the renderer prints nothing
else, so :func:`scan_texts` — what the leak scanner checks — is exactly what
the reader gets, metadata and page furniture included.  No folio, no name: a
case is its agenda number and its pseudonym (the map stays in the vault).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, fields, is_dataclass
from datetime import date
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer

from mpi_desktop.domain import catalogs, dv_protocol, measures, risk_instrument
from mpi_desktop.domain.anonymize import AnonymizedCase, LinkedRef, MeasureView, month_year
from mpi_desktop.domain.cem import AgendaItem, CemSession, PacketCancelled
from mpi_desktop.domain.leak_scanner import ScanText
from mpi_desktop.i18n import translate
from mpi_desktop.reports import pdf
from mpi_desktop.texts import cem as t


@dataclass(frozen=True)
class Text:
    """A string bound for the PDF and where it comes from (for the leak scanner)."""

    value: str
    field: str
    case_id: str | None = None
    #: Written by a person (summary, measure details, recipient).
    free: bool = False


@dataclass(frozen=True)
class TableBlock:
    title: Text
    header: tuple[Text, ...]
    rows: tuple[tuple[Text, ...], ...]
    empty: Text
    widths: tuple[float, ...] = ()


@dataclass(frozen=True)
class CaseSection:
    case_id: str
    heading: Text
    facts: tuple[tuple[Text, Text], ...]
    tables: tuple[TableBlock, ...]
    summary_title: Text
    summary: Text


@dataclass(frozen=True)
class PacketContent:
    metadata_title: Text
    header: Text
    footer: Text
    page_label: Text
    cover_title: Text
    cover_lines: tuple[Text, ...]
    stamp: Text
    notice: Text
    agenda: TableBlock
    sections: tuple[CaseSection, ...]
    copy_labels: tuple[Text, ...]


@dataclass(frozen=True)
class CopySpec:
    """One recipient's copy: its number and its random control code."""

    copy_no: int
    total: int
    recipient: str
    code: str
    institution: str | None = None


def _iter_texts(value: Any) -> Iterator[Text]:
    if isinstance(value, Text):
        yield value
    elif isinstance(value, tuple | list):
        for item in value:
            yield from _iter_texts(item)
    elif is_dataclass(value) and not isinstance(value, type):
        for f in fields(value):
            yield from _iter_texts(getattr(value, f.name))


def copy_texts(content: PacketContent, copy: CopySpec) -> tuple[Text, ...]:
    copy_label, recipient_label, code_label = (x.value for x in content.copy_labels)
    return (
        Text(copy_label.format(number=copy.copy_no, total=copy.total), "copy.number"),
        # A catalog institution is vocabulary; a name typed by the user is free text.
        Text(recipient_label.format(recipient=copy.recipient), "copy.recipient",
             free=copy.institution is None),
        Text(code_label.format(code=copy.code), "copy.code"),
    )


def scan_texts(content: PacketContent, copies: Sequence[CopySpec]) -> list[ScanText]:
    """Every string of every copy, as the leak scanner sees it (duplicates dropped)."""
    seen: set[tuple[str, str | None, str, bool]] = set()
    out: list[ScanText] = []
    texts = list(_iter_texts(content))
    for copy in copies:
        texts.extend(copy_texts(content, copy))
    for x in texts:
        key = (x.field, x.case_id, x.value, x.free)
        if key not in seen:
            seen.add(key)
            out.append(ScanText(field=x.field, text=x.value, case_id=x.case_id,
                                free_text=x.free))
    return out


def public_phrases() -> list[str]:
    """Catalog vocabulary the packet prints (see leak_scanner.Scanner)."""
    out: list[str] = []
    names = ("alcaldias", "zones", "institutions", "profiles", "link_roles",
             "organization_categories", "aggression_types", "aggressor_types", "cem_topics",
             "cem_session_types")
    for name in names:
        for entry in catalogs.get(name).entries:
            out.extend(entry.labels.values())
            if entry.get("abbr"):
                out.append(str(entry.get("abbr")))
    cat = measures.catalog()
    for entry in (*cat.entries.entries, *cat.categories.entries):
        out.extend(entry.labels.values())
    for level in risk_instrument.current().levels:
        out.extend(level.label(lang) for lang in catalogs.LANGS)
    for entry in dv_protocol.latest().types.entries:
        out.extend(entry.labels.values())
    return out


# --- building the content -------------------------------------------------------------------


def institution_name(code: str | None, lang: str) -> str:
    if not code:
        return "—"
    entry = catalogs.get("institutions").get(code)
    if entry is None:
        return code
    abbr = entry.get("abbr")
    return str(abbr) if abbr else entry.label(lang)


def recipient_name(code: str, lang: str) -> str:
    entry = catalogs.get("institutions").get(code)
    if entry is None:
        return code
    abbr = entry.get("abbr")
    return f"{abbr} — {entry.label(lang)}" if abbr else entry.label(lang)


def person_label(token: str) -> str:
    return translate("Packet", "Person {token}").format(token=token)


def _linked_label(ref: LinkedRef, lang: str) -> str:
    role = catalogs.get("link_roles").label(ref.role, lang)
    if ref.ordinal is not None:
        role = translate("Packet", "{role} {ordinal}").format(role=role, ordinal=ref.ordinal)
    text = translate("Packet", "{role} of {person}").format(role=role,
                                                          person=person_label(ref.of_token))
    if ref.own_token is not None:
        text = translate("Packet", "{text} (also {person})").format(
            text=text, person=person_label(ref.own_token))
    return text


def _measure_state(m: MeasureView) -> str:
    state = t.measure_state_label(m.state)
    if m.pending_ratification:
        state = translate("Packet", "{state}, pending ratification").format(state=state)
    return state


def _measures_block(case: AnonymizedCase, lang: str) -> TableBlock:
    cid = case.case_id
    cat = measures.catalog()
    rows = []
    for m in (*case.measures_in_force, *case.measures_proposed, *case.measures_other):
        entry = cat.entry(m.code)
        if m.locating:
            detail = translate("Packet", "Details withheld (would locate the person)")
            detail_text = Text(detail, f"case.measure.{m.id}.withheld", cid)
        elif m.details:
            detail_text = Text(m.details, f"case.measure.{m.id}.details", cid, free=True)
        else:
            detail_text = Text("—", f"case.measure.{m.id}.details", cid)
        rows.append((
            Text(entry.label(lang) if entry else m.code, f"case.measure.{m.id}.type", cid),
            Text(cat.categories.label(m.category, lang) if m.category else "—",
                 f"case.measure.{m.id}.category", cid),
            Text(_measure_state(m), f"case.measure.{m.id}.state", cid),
            Text(institution_name(m.institution, lang), f"case.measure.{m.id}.institution", cid),
            Text(t.month_year_label(m.since) if m.since else "—",
                 f"case.measure.{m.id}.since", cid),
            detail_text,
        ))
    return TableBlock(
        title=Text(translate("Packet", "Measures in force and proposed"), "label"),
        header=tuple(Text(x, "label") for x in (
            translate("Packet", "Measure"), translate("Packet", "Category"),
            translate("Packet", "State"), translate("Packet", "Institution"),
            translate("Packet", "Since"), translate("Packet", "Details"))),
        rows=tuple(rows), empty=Text(translate("Packet", "No measures."), "label"),
        widths=(42 * mm, 30 * mm, 27 * mm, 22 * mm, 22 * mm, 43 * mm))


def _aggressions_block(case: AnonymizedCase, lang: str) -> TableBlock:
    types = catalogs.get("aggression_types")
    aggressors = catalogs.get("aggressor_types")
    rows = tuple((
        Text(t.month_year_label(a.when), "case.aggression.when", case.case_id),
        Text(", ".join(types.label(c, lang) for c in a.types), "case.aggression.types",
             case.case_id),
        Text(", ".join(aggressors.label(c, lang) for c in a.aggressor_types),
             "case.aggression.aggressors", case.case_id),
    ) for a in case.aggressions)
    return TableBlock(
        title=Text(translate("Packet", "Aggressions over time"), "label"),
        header=(Text(translate("Packet", "Month"), "label"),
                Text(translate("Packet", "Types of aggression"), "label"),
                Text(translate("Packet", "Alleged aggressor"), "label")),
        rows=rows, empty=Text(translate("Packet", "No aggressions recorded."), "label"),
        widths=(35 * mm, 90 * mm, 61 * mm))


def _dv_block(case: AnonymizedCase, lang: str) -> TableBlock:
    rows = []
    for dv in case.dv_types:
        try:
            label = dv_protocol.get(dv.version).types.label(dv.code, lang)
        except catalogs.CatalogError:
            label = dv.code
        rows.append((Text(label, "case.dv.type", case.case_id),
                     Text(", ".join(t.month_year_label(m) for m in dv.months), "case.dv.months",
                          case.case_id)))
    return TableBlock(
        title=Text(translate("Packet", "Digital violence found"), "label"),
        header=(Text(translate("Packet", "Type"), "label"),
                Text(translate("Packet", "Recorded in"), "label")),
        rows=tuple(rows), empty=Text(translate("Packet", "No digital-violence review."),
                                     "label"),
        widths=(100 * mm, 86 * mm))


def _risk_facts(case: AnonymizedCase, lang: str) -> tuple[tuple[Text, Text], ...]:
    cid = case.case_id
    label = Text(translate("Packet", "Risk level"), "label")
    if case.risk is None or case.risk.level is None:
        return ((label, Text(translate("Packet", "Not assessed yet"), "case.risk", cid)),)
    r = case.risk
    instrument = risk_instrument.current()
    level = r.level_label.get(lang) or instrument.level_label(r.level, lang)
    when = t.month_year_label(month_year(r.assessed_on)) if r.assessed_on else "—"
    history = " → ".join(instrument.level_label(code, lang) for code in r.history)
    return (
        (label, Text(translate("Packet", "{level} (assessed in {when})").format(
            level=level, when=when), "case.risk", cid)),
        (Text(translate("Packet", "Trend"), "label"),
         Text(t.trend_label(r.trend), "case.risk.trend", cid)),
        (Text(translate("Packet", "Levels over time"), "label"),
         Text(history or "—", "case.risk.history", cid)),
    )


def _section(case: AnonymizedCase, lang: str) -> CaseSection:
    cid = case.case_id
    topics = catalogs.get("cem_topics")
    place_label = (translate("Packet", "Zone") if case.place and case.place.catalog == "zones"
                   else translate("Packet", "Alcaldía"))
    facts = (
        (Text(translate("Packet", "Matters for the session"), "label"),
         Text(", ".join(topics.label(c, lang) for c in case.topics) or "—", "case.topics", cid)),
        (Text(translate("Packet", "Profile"), "label"),
         Text(catalogs.get("profiles").label(case.profile, lang) if case.profile else "—",
              "case.profile", cid)),
        (Text(translate("Packet", "Age range"), "label"),
         Text(t.age_band_label(case.age_band), "case.age", cid)),
        (Text(place_label, "label"),
         Text(case.place.label(lang) if case.place else translate("Packet", "Not recorded"),
              "case.place", cid)),
        (Text(translate("Packet", "Type of organisation or outlet"), "label"),
         Text(catalogs.get("organization_categories").label(case.organization_category, lang)
              if case.organization_category else "—", "case.organization", cid)),
        (Text(translate("Packet", "Linked persons"), "label"),
         Text("; ".join(_linked_label(ref, lang) for ref in case.linked) or "—",
              "case.linked", cid)),
        *_risk_facts(case, lang),
    )
    summary = case.summary or ""
    return CaseSection(
        case_id=cid,
        heading=Text(translate("Packet", "{number}. {person}").format(
            number=case.agenda_no, person=person_label(case.token)), "case.heading", cid),
        facts=facts,
        tables=(_aggressions_block(case, lang), _measures_block(case, lang),
                _dv_block(case, lang)),
        summary_title=Text(translate("Packet", "Summary for the CEM"), "label"),
        summary=(Text(summary, "case.summary", cid, free=True) if summary.strip() else
                 Text(translate("Packet", "No summary was written for this case."),
                      "case.summary.none", cid)))


def _agenda_block(cases: Sequence[AnonymizedCase], agenda: Sequence[AgendaItem],
                  lang: str) -> TableBlock:
    topics = catalogs.get("cem_topics")
    cat = measures.catalog()
    by_case = {c.case_id: c for c in cases}
    rows: list[tuple[Text, ...]] = []
    items = sorted(agenda, key=lambda a: a.position)
    if not items:
        for c in cases:
            rows.append((Text(str(c.agenda_no), "agenda.number", c.case_id),
                         Text(person_label(c.token), "agenda.person", c.case_id),
                         Text("—", "agenda.topic", c.case_id),
                         Text("—", "agenda.measure", c.case_id)))
    for item in items:
        case = by_case.get(item.case_id)
        if case is None:
            continue
        shown = {m.id: m for m in (*case.measures_in_force, *case.measures_proposed,
                                   *case.measures_other)}
        measure = shown.get(item.measure_id or "")
        entry = cat.entry(measure.code) if measure else None
        rows.append((
            Text(str(case.agenda_no), "agenda.number", case.case_id),
            Text(person_label(case.token), "agenda.person", case.case_id),
            Text(topics.label(item.topic, lang), "agenda.topic", case.case_id),
            Text(entry.label(lang) if entry else "—", "agenda.measure", case.case_id)))
    return TableBlock(
        title=Text(translate("Packet", "Agenda"), "label"),
        header=(Text(translate("Packet", "No."), "label"),
                Text(translate("Packet", "Person"), "label"),
                Text(translate("Packet", "Matter"), "label"),
                Text(translate("Packet", "Measure"), "label")),
        rows=tuple(rows), empty=Text(translate("Packet", "No items."), "label"),
        widths=(14 * mm, 36 * mm, 70 * mm, 66 * mm))


def build_content(*, session: CemSession | None, on: date,
                  cases: Sequence[AnonymizedCase], agenda: Sequence[AgendaItem],
                  lang: str) -> PacketContent:
    if session is not None:
        name = t.session_title(session)
        institutions = ", ".join(institution_name(c, lang) for c in session.institutions)
    else:
        name = translate("Packet", "Cases for the CEM")
        institutions = ""
    date_text = translate("Packet", "{day} {month} {year}").format(
        day=on.day, month=t.month_name(on.month), year=on.year)
    lines = [Text(name, "cover.session"),
             Text(translate("Packet", "Date: {date}").format(date=date_text), "cover.date"),
             Text(translate("Packet", "Cases on the agenda: {count}").format(count=len(cases)),
                  "cover.count")]
    if institutions:
        lines.append(Text(translate("Packet", "Institutions convened: {names}").format(
            names=institutions), "cover.institutions"))
    return PacketContent(
        metadata_title=Text(translate("Packet", "Confidential document"), "metadata.title"),
        header=Text(translate("Packet", "CEM packet · {name}").format(name=name), "header"),
        footer=Text(translate("Packet", "CONFIDENTIAL · For the Measures Evaluation Council "
                              "only · Do not copy or forward"), "footer"),
        page_label=Text(translate("Packet", "Page {page} of {total}"), "page_label"),
        cover_title=Text(translate("Packet", "Measures Evaluation Council"), "cover.title"),
        cover_lines=tuple(lines),
        stamp=Text(translate("Packet", "CONFIDENTIAL"), "cover.stamp"),
        notice=Text(translate(
            "Packet", "This packet is anonymized. People appear under pseudonyms that only "
            "hold inside this document; ages are given as ranges, dates as month and year, "
            "places as alcaldía or zone, organisations by type. Measures that would locate "
            "a person show their type only. Every page carries the control code of this "
            "copy, which is registered to its recipient. Do not copy or forward it."),
            "cover.notice"),
        agenda=_agenda_block(cases, agenda, lang),
        sections=tuple(_section(c, lang) for c in cases),
        copy_labels=(Text(translate("Packet", "Copy {number} of {total}"), "copy.label"),
                     Text(translate("Packet", "Recipient: {recipient}"), "copy.label"),
                     Text(translate("Packet", "Control code: {code}"), "copy.label")),
    )


# --- rendering ---------------------------------------------------------------------------------


class _Checkpoint(Flowable):  # type: ignore[misc]
    """Zero-size flowable: lets a long render stop between cases when cancelled."""

    def __init__(self, check: Callable[[], None]) -> None:
        super().__init__()
        self._check = check

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self._check()
        return (0, 0)

    def draw(self) -> None:
        return None


def _table(block: TableBlock) -> list[Flowable]:
    out: list[Flowable] = [pdf.para(block.title.value, "h2")]
    if not block.rows:
        out.append(pdf.para(block.empty.value, "muted"))
        return out
    rows = [[x.value for x in block.header], *[[x.value for x in r] for r in block.rows]]
    out.append(pdf.table(rows, widths=list(block.widths) or None))
    return out


def story(content: PacketContent, copy: CopySpec, *,
          cancelled: Callable[[], bool] | None = None) -> list[Flowable]:
    def check() -> None:
        if cancelled is not None and cancelled():
            raise PacketCancelled

    number, recipient, code = copy_texts(content, copy)
    out: list[Flowable] = [
        Spacer(1, 30 * mm), pdf.para(content.cover_title.value, "title"),
        *[pdf.para(line.value, "subtitle") for line in content.cover_lines],
        pdf.para(content.stamp.value, "stamp"),
        pdf.para(number.value, "subtitle"), pdf.para(recipient.value, "subtitle"),
        pdf.para(code.value, "subtitle"), Spacer(1, 8 * mm),
        pdf.para(content.notice.value, "muted"), PageBreak(),
        *_table(content.agenda),
    ]
    for section in content.sections:
        out.append(_Checkpoint(check))
        out.append(PageBreak())
        out.append(pdf.para(section.heading.value, "h1"))
        facts = [[label.value, value.value] for label, value in section.facts]
        out.append(pdf.table(facts, widths=[55 * mm, 131 * mm], header=False))
        for block in section.tables:
            out.extend(_table(block))
        out.append(pdf.para(section.summary_title.value, "h2"))
        out.append(pdf.para(section.summary.value))
    out.append(_Checkpoint(check))
    return out


def render_copy(content: PacketContent, copy: CopySpec, *, lang: str = "es",
                cancelled: Callable[[], bool] | None = None) -> pdf.RenderedPdf:
    decor = pdf.PageDecor(header=content.header.value, footer=content.footer.value,
                          page_code=copy.code, page_label=content.page_label.value)
    return pdf.render(story(content, copy, cancelled=cancelled),
                      title=content.metadata_title.value, decor=decor,
                      lang="es-MX" if lang == "es" else "en-US")
