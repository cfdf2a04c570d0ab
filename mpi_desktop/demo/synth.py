"""The demo cases themselves, as a pure function of a seed: no vault, no clock.

``generate`` yields :class:`DemoCase` objects in the order the mechanism would
have opened them (2019 to the end of the demo period, more each year), each
with its people, aggressions and attentions.  Everything random comes from one
``random.Random`` seeded from ``(seed, stream)`` — UUIDs (version 7, stamped
with the record's creation instant), folios and the ``created_at``/
``updated_at`` stamps included — so the same arguments give the same records
byte for byte.  ``stream`` lets a second run on the same vault
produce new people instead of the same ones again.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from mpi_desktop.demo import identity, narratives
from mpi_desktop.demo import weights as w
from mpi_desktop.demo.names import Names
from mpi_desktop.domain import catalogs
from mpi_desktop.domain.cases import Aggression, Attention, Case, CaseParticipant
from mpi_desktop.domain.ids import format_folio
from mpi_desktop.domain.people import Person
from mpi_desktop.domain.timeutil import MEXICO_CITY, today_local

FIRST_DAY = date(2019, 1, 2)
#: The demo period ends here (or yesterday, if that is earlier), so a seed keeps
#: giving the same data whatever the day it runs.
LAST_DAY = date(2026, 11, 13)
#: Yearly growth of requests; 2020 dipped with the pandemic.
GROWTH = 1.17
YEAR_FACTOR = {2020: 0.85}
STAFF_SIZE = 14
_INDIGENOUS_ALCALDIAS = {"milpa_alta", "xochimilco", "tlahuac", "tlalpan"}
_COLONIAS = (
    "Centro", "Santa Cruz", "San Miguel", "San Juan", "El Rosario", "Ampliación San Lorenzo",
    "La Joya", "Las Peñas", "Del Carmen", "Santa Martha", "Barrio San Pedro", "Pueblo San Andrés",
    "Los Reyes", "Ejército de Oriente", "Jardines del Sur", "Lomas de la Era", "El Molino",
    "San Bartolo", "Santa Úrsula", "Niños Héroes", "La Cañada", "Tepeyac", "Valle Gómez",
    "Guadalupe del Moral", "San Simón", "Ojo de Agua",
)
_STREET_KIND = ("Calle", "Calle", "Calle", "Avenida", "Cerrada", "Privada", "Andador",
                "Callejón", "Prolongación")
_STREET_NAME = (
    "Morelos", "Hidalgo", "Benito Juárez", "5 de Mayo", "Allende", "Aldama", "de los Pinos",
    "Jacarandas", "Álamos", "Tulipanes", "Ocotal", "Ahuehuetes", "Tláloc", "Sor Juana",
    "Emiliano Zapata", "Niño Perdido", "Oriente 12", "Sur 75", "Norte 40", "de la Cruz",
    "Francisco Villa", "Xicoténcatl", "Cuitláhuac", "Las Águilas", "Peñón", "Ñandú",
)
_OUTSIDE = ("Nezahualcóyotl, Estado de México", "Ecatepec, Estado de México",
            "Chimalhuacán, Estado de México", "Naucalpan, Estado de México",
            "Tlalnepantla, Estado de México", "Huixquilucan, Estado de México")


@dataclass(frozen=True)
class DemoCase:
    """One case with everything that belongs to it; ``people[0]`` is the primary person."""

    people: tuple[Person, ...]
    case: Case
    aggressions: tuple[Aggression, ...]
    attentions: tuple[Attention, ...]


def iso(u: datetime) -> str:
    """Same text as ``timeutil.iso_utc`` without strftime: under PySide6 every
    strftime call goes through an import hook, which adds up at 50,000 cases."""
    return (f"{u.year:04d}-{u.month:02d}-{u.day:02d}T{u.hour:02d}:{u.minute:02d}:"
            f"{u.second:02d}.{u.microsecond:06d}Z")


def demo_period(today: date | None = None) -> tuple[date, date]:
    yesterday = (today or today_local()) - timedelta(days=1)
    return FIRST_DAY, min(LAST_DAY, yesterday)


def generate(cases: int, *, seed: int = 2026, stream: str = "",
             folio_base: Mapping[int, int] | None = None,
             today: date | None = None) -> Iterator[DemoCase]:
    """Yield ``cases`` demo cases in opening order.

    ``folio_base[year]`` is the last folio number already used that year (the
    vault's own cases), so demo folios continue after them.
    """
    if cases < 0:
        raise ValueError("cases must be zero or more")
    # Reproducibility is the point here; nothing secret comes from this generator.
    rng = random.Random(f"mpi-demo:{seed}:{stream}")  # noqa: S311
    first, last = demo_period(today)
    maker = _Maker(rng, last=last, folio_base=dict(folio_base or {}))
    for opened in _opening_days(rng, cases, first, last):
        yield maker.case(opened)


def _opening_days(rng: random.Random, n: int, first: date, last: date) -> list[date]:
    """``n`` sorted dates: more each year, fewer on weekends (the office is closed)."""
    if first > last:
        raise ValueError("empty demo period")
    spans: dict[int, tuple[date, int]] = {}
    for year in range(first.year, last.year + 1):
        start = max(first, date(year, 1, 1))
        end = min(last, date(year, 12, 31))
        spans[year] = (start, (end - start).days + 1)
    years = w.Weighted({y: days * GROWTH ** (y - first.year) * YEAR_FACTOR.get(y, 1.0)
                        for y, (_, days) in spans.items()})
    out = []
    for _ in range(n):
        while True:
            start, days = spans[years.pick(rng)]
            day = start + timedelta(days=int(rng.random() * days))
            if day.weekday() < 5 or w.chance(rng, 0.2):
                break
        out.append(day)
    out.sort()
    return out


class _Maker:
    """Holds the run's state (name drawer, staff, folio counters) while making cases."""

    def __init__(self, rng: random.Random, *, last: date, folio_base: dict[int, int]) -> None:
        self.rng = rng
        self.last = last
        self.folios = folio_base
        self.names = Names(rng)
        self.staff = [f"{self.names.given(None, w.SEXES.pick(rng))} {self.names.surname()}"
                      for _ in range(STAFF_SIZE)]
        self.federal_seq: dict[int, int] = {}

    # --- small helpers -------------------------------------------------------------
    def new_id(self, created: datetime) -> str:
        """A UUIDv7 (RFC 9562) for a record created at ``created``, random bits from the seed.

        Time-ordered ids keep a bulk load's inserts near the end of every
        id-keyed B-tree (people, events, history); random v4 ids would touch a
        random page of each for every record once the vault outgrows the page
        cache, which made a 50,000-case fill markedly slower in measurements.
        """
        ms = int(created.timestamp() * 1000)
        value = ((ms & (2**48 - 1)) << 80 | 0x7 << 76 | self.rng.getrandbits(12) << 64
                 | 0b10 << 62 | self.rng.getrandbits(62))
        return str(uuid.UUID(int=value))

    def days(self, low: int, high: int) -> timedelta:
        return timedelta(days=self.rng.randint(low, high))

    def instant(self, day: date) -> datetime:
        """An office-hours instant on ``day`` in Mexico City, in UTC."""
        minutes = self.rng.randint(9 * 60, 18 * 60)
        local = datetime.combine(day, time(minutes // 60, minutes % 60, self.rng.randrange(60)),
                                 MEXICO_CITY)
        return local.astimezone(UTC)

    def moment(self, day: date) -> str:
        return iso(self.instant(day))

    def clamp(self, day: date) -> date:
        return min(day, self.last)

    def folio(self, year: int) -> str:
        self.folios[year] = self.folios.get(year, 0) + 1
        return format_folio(year, self.folios[year])

    def federal_folio(self, opened: date) -> str:
        # Federal incorporation came first, often a year or two before.
        year = max(2013, opened.year - self.rng.choice((0, 0, 1, 1, 2)))
        self.federal_seq[year] = self.federal_seq.get(year, 0) + self.rng.randint(1, 9)
        return f"SEGOB/MPF/{year}/{self.federal_seq[year]:04d}"

    # --- a whole case -------------------------------------------------------------------
    def case(self, opened: date) -> DemoCase:
        rng = self.rng
        origin = w.ORIGINS.pick(rng)
        profile = w.PROFILES.pick(rng)
        primary = self.person(profile=profile, opened=opened, relative_to=None, role=None)
        people = [primary]
        roles = ["beneficiaria_principal"]
        if w.chance(rng, 0.30):
            for _ in range(w.LINKED_COUNT.pick(rng)):
                role = w.LINK_ROLES.pick(rng)
                if role in roles and role in ("pareja", "persona_peticionaria"):
                    continue
                people.append(self.person(profile="familiar" if role in w.FAMILY_ROLES
                                          else "vinculada", opened=opened,
                                          relative_to=primary, role=role))
                roles.append(role)
        timeline = self.timeline(opened, refugio=origin == "ciudad_refugio")
        end = timeline.closed_on or self.last
        created = self.instant(opened)
        case_id = self.new_id(created)
        aggressions, first_told = self.aggressions(case_id, primary, opened, end)
        attentions = self.attentions(case_id, primary, opened, end, timeline)
        topic = primary.defence_topics[0] if primary.defence_topics else None
        narrative = narratives.narrative(
            rng, profile=profile, organization_name=primary.organization, topic=topic,
            first=first_told, types=aggressions[0].types)
        last_activity = max([timeline.last_change, *(a.occurred_on for a in aggressions),
                             *(a.occurred_on for a in attentions)])
        updated = iso(created) if last_activity <= opened else self.moment(last_activity)
        case = Case(
            id=case_id, folio=self.folio(opened.year), opened_on=opened, origin=origin,
            status=timeline.status, procedure=timeline.procedure,
            federal_folio=self.federal_folio(opened) if origin == "ciudad_refugio" else "",
            participants=tuple(CaseParticipant(p.id, role, is_primary=i == 0)
                               for i, (p, role) in enumerate(zip(people, roles, strict=True))),
            caseworker=w.pick(rng, self.staff), incorporated_on=timeline.incorporated_on,
            closed_on=timeline.closed_on, closing_reason=timeline.closing_reason,
            closing_notes=(narratives.closing_notes(rng, timeline.closing_reason)
                           if timeline.closing_reason else ""),
            narrative=narrative, created_at=iso(created), updated_at=updated)
        return DemoCase(people=tuple(people), case=case, aggressions=tuple(aggressions),
                        attentions=tuple(attentions))

    # --- the funnel ---------------------------------------------------------------------
    def timeline(self, opened: date, *, refugio: bool) -> _Timeline:
        """Solicitud → análisis → decision → (for incorporated cases) conclusion."""
        rng = self.rng
        outcome = (w.OUTCOMES_REFUGIO if refugio else w.OUTCOMES).pick(rng)
        extraordinary = outcome == "incorporado" and w.chance(rng, 0.15 if refugio else 0.26)
        analysis = opened + (timedelta(0) if extraordinary else self.days(2, 30))
        decided = opened + (self.days(0, 3) if extraordinary else self.days(25, 120))
        t = _Timeline(status="solicitud", last_change=opened)
        if outcome == "pendiente" and (self.last - opened).days > 730:
            outcome = "no_incorporado"  # old requests were decided long ago
        if analysis > self.last:
            return t
        t.status, t.last_change = "en_analisis", analysis
        if outcome == "pendiente" or decided > self.last:
            return t
        t.last_change = decided
        if outcome == "desiste":
            t.status, t.closing_reason, t.closed_on = "concluido", "desistimiento", decided
            return t
        t.status = outcome
        if outcome != "incorporado":
            return t
        t.procedure = "extraordinario" if extraordinary else "ordinario"
        t.incorporated_on = decided
        closes = decided + timedelta(days=int(rng.expovariate(1 / 800)) + 60)
        if closes <= self.last:
            t.status, t.closed_on, t.last_change = "concluido", closes, closes
            t.closing_reason = w.CLOSING_REASONS.pick(rng)
        return t

    # --- people ---------------------------------------------------------------------------
    def person(self, *, profile: str, opened: date, relative_to: Person | None,
               role: str | None) -> Person:
        rng = self.rng
        names = self.names
        sex = w.SEXES.pick(rng)
        if role == "hijo_hija" or role == "pareja":
            sex = w.pick(rng, ("mujer", "hombre"))
        gender = w.GENDER_BY_SEX[sex].pick(rng)
        given = names.given(gender, sex)
        first, second = names.surname(), names.surname()
        if relative_to is not None and role in ("hijo_hija", "familiar"):
            # Children carry a parent's first surname; siblings share both.
            if role == "familiar" and w.chance(rng, 0.6):
                first, second = relative_to.first_surname, relative_to.second_surname
            elif relative_to.sex == "hombre":
                first = relative_to.first_surname
            else:
                second = relative_to.first_surname
        beneficiary = relative_to is None
        nationality: str | None = w.NATIONALITIES.pick(rng) if beneficiary else (
            relative_to.nationality if relative_to else "mx")
        if w.chance(rng, 0.03):
            nationality = None
        foreign = nationality not in (None, "mx")
        if foreign and w.chance(rng, 0.5):
            second = ""
        age = self.age(profile, role, relative_to, opened)
        born = None if w.chance(rng, 0.07) else (
            opened - timedelta(days=int(age * 365.25) + rng.randrange(365)))
        if relative_to is not None and role in w.FAMILY_ROLES and w.chance(rng, 0.8):
            alcaldia, address, postal = (relative_to.alcaldia, relative_to.address,
                                         relative_to.postal_code)
        else:
            alcaldia = w.ALCALDIAS.pick(rng)
            address, postal = self.address(alcaldia)
        journalist = profile in ("periodista", "colaboradora")
        org, org_category = "", None
        topics: tuple[str, ...] = ()
        if beneficiary:
            org_category = w.ORG_CATEGORIES[profile].pick(rng)
            if org_category != "periodista_independiente":
                org = narratives.organization(rng, category=org_category,
                                              place=self.place(alcaldia))
            topics = tuple(w.TOPICS[profile].sample(rng, w.pick(rng, (1, 1, 2, 2, 3))))
        elif role in ("colega", "integrante_organizacion") and relative_to is not None:
            org, org_category = relative_to.organization, relative_to.organization_category
        surname_for_contact = first or second
        contacts = identity.contacts(
            rng, n=w.CONTACT_COUNT.pick(rng) if beneficiary else w.pick(rng, (0, 1, 1, 2)),
            given=given, surname=surname_for_contact, born=born,
            local=alcaldia != "fuera_cdmx", journalist=journalist)
        docs = identity.documents(rng, given=given, first=first, second=second, born=born,
                                  sex=sex, foreign=foreign) \
            if w.chance(rng, 0.28 if beneficiary else 0.08) else ()
        aliases: tuple[str, ...] = ()
        if w.chance(rng, 0.15 if journalist else 0.06):
            aliases = (names.alias(given, journalist=journalist),)
        consent = w.chance(rng, 0.93 if beneficiary else 0.55)
        consent_date = self.clamp(opened + self.days(0, 6)) if consent else None
        opposition = beneficiary and w.chance(rng, 0.006)
        opposition_date = self.clamp(opened + self.days(30, 900)) if opposition else None
        created = self.instant(opened)
        return Person(
            id=self.new_id(created), given_names=given, first_surname=first, second_surname=second,
            profile=profile, aliases=aliases, sex=sex, gender_identity=gender, birth_date=born,
            nationality=nationality, contacts=contacts, documents=docs, address=address,
            postal_code=postal, alcaldia=alcaldia, organization=org,
            organization_category=org_category, defence_topics=topics,
            intersectional_factors=self.factors(sex=sex, gender=gender, age=age,
                                                alcaldia=alcaldia, foreign=foreign),
            consent=consent, consent_date=consent_date, arco_opposition=opposition,
            opposition_date=opposition_date,
            notes=narratives.person_notes(rng) if w.chance(rng, 0.08) else "",
            created_at=iso(created),
            updated_at=self.moment(opposition_date) if opposition_date else iso(created))

    def age(self, profile: str, role: str | None, relative_to: Person | None,
            opened: date) -> int:
        rng = self.rng
        parent_age = (relative_to.age_on(opened) if relative_to else None) or 40
        if role == "hijo_hija":
            return max(0, parent_age - rng.randint(18, 40))
        if role == "pareja":
            return max(18, parent_age + rng.randint(-8, 8))
        if role == "familiar":
            return rng.randint(14, 80)
        if profile == "periodista":
            return int(rng.triangular(21, 68, 34))
        if profile == "colaboradora":
            return int(rng.triangular(19, 60, 28))
        return int(rng.triangular(18, 78, 38))

    def factors(self, *, sex: str, gender: str | None, age: int, alcaldia: str | None,
                foreign: bool) -> tuple[str, ...]:
        rng = self.rng
        out = []
        if sex == "mujer" and w.chance(rng, 0.6):
            out.append("mujer")
        if gender in ("mujer_trans", "hombre_trans", "no_binaria", "otra") or w.chance(rng, 0.04):
            out.append("lgbtttiq")
        if w.chance(rng, 0.22 if alcaldia in _INDIGENOUS_ALCALDIAS else 0.05):
            out.append("indigena_originaria")
        if w.chance(rng, 0.015):
            out.append("afrodescendiente")
        if w.chance(rng, 0.03):
            out.append("discapacidad")
        if age >= 60:
            out.append("adulta_mayor")
        elif age < 30 and w.chance(rng, 0.7):
            out.append("joven")
        if foreign:
            out.append("migrante_refugiada")
        if w.chance(rng, 0.02):
            out.append("desplazada")
        if sex == "mujer" and w.chance(rng, 0.1):
            out.append("cuidadora")
        return tuple(out)

    def address(self, alcaldia: str) -> tuple[str, str]:
        rng = self.rng
        if w.chance(rng, 0.25):
            return "", ""
        number = str(rng.randint(1, 480))
        if w.chance(rng, 0.3):
            number += w.pick(rng, (f" int. {rng.randint(1, 12)}",
                                   f" depto. {rng.randint(101, 504)}",
                                   f" edif. {w.pick(rng, 'ABCDEFG')}-{rng.randint(1, 30)}"))
        street = f"{w.pick(rng, _STREET_KIND)} {w.pick(rng, _STREET_NAME)}"
        colonia = w.pick(rng, _COLONIAS)
        if alcaldia == "fuera_cdmx":
            return (f"{street} {number}, Col. {colonia}, {w.pick(rng, _OUTSIDE)}",
                    f"5{rng.randint(2000, 7999):04d}")
        prefix = w.POSTAL_PREFIX.get(alcaldia, "06")
        return f"{street} {number}, Col. {colonia}", f"{prefix}{rng.randint(0, 999):03d}"

    def place(self, alcaldia: str | None) -> str:
        if alcaldia in (None, "fuera_cdmx"):
            return "la Ciudad de México"
        return catalogs.get("alcaldias").label(alcaldia)

    # --- events -------------------------------------------------------------------------------
    def aggressions(self, case_id: str, person: Person, opened: date,
                    end: date) -> tuple[list[Aggression], narratives.Told]:
        """The case's aggressions by date, and how the earliest one is told."""
        rng = self.rng
        territory = "territorio_medio_ambiente" in person.defence_topics
        out: list[tuple[Aggression, narratives.Told]] = []
        for i in range(w.AGGRESSION_COUNT.pick(rng)):
            if i == 0:
                day = opened - self.days(0, 45)
            elif w.chance(rng, 0.55):
                day = opened - self.days(1, 400)
            else:
                day = min(end, opened + self.days(1, 500))
            precision = w.DATE_PRECISION.pick(rng) if day < opened else "day"
            if precision == "month":
                day = day.replace(day=1)
            elif precision == "year":
                day = date(day.year, 1, 1)
            types = tuple(w.AGGRESSION_TYPES.sample(rng, w.AGGRESSION_TYPE_COUNT.pick(rng)))
            kind = (w.AGGRESSORS_TERRITORY if territory else w.AGGRESSORS).pick(rng)
            if types[0] == "agresion_digital" and w.chance(rng, 0.4):
                alcaldia = None
            elif w.chance(rng, 0.7):
                alcaldia = person.alcaldia
            else:
                alcaldia = w.ALCALDIAS.pick(rng)
            told = narratives.aggression_text(
                rng, types=types, aggressor_type=kind, when=day, precision=precision)
            stamp = self.instant(max(day, opened))
            out.append((Aggression(
                id=self.new_id(stamp), case_id=case_id, occurred_on=day, types=types,
                aggressor_type=kind, date_precision=precision, place=told.place,
                alcaldia=alcaldia, description=told.description, created_at=iso(stamp),
                updated_at=iso(stamp)), told))
        out.sort(key=lambda pair: pair[0].occurred_on)
        return [a for a, _ in out], out[0][1]

    def attentions(self, case_id: str, person: Person, opened: date, end: date,
                   timeline: _Timeline) -> list[Attention]:
        rng = self.rng
        span = max(0, (end - opened).days)
        planned: list[tuple[date, str]] = []
        count = w.ATTENTION_COUNT.pick(rng)
        for i in range(count):
            day = opened if i == 0 else opened + timedelta(days=int(rng.random() * (span + 1)))
            planned.append((day, "asesoria" if i == 0 else w.ATTENTION_KINDS.pick(rng)))
        if timeline.status == "canalizado":
            # The referral that closed the analysis is always on record.
            del planned[4:]
            planned.append((timeline.last_change, "canalizacion"))
        out = []
        for i, (day, kind) in enumerate(sorted(planned)):
            institution = None
            if kind == "canalizacion":
                if person.alcaldia in w.POSTAL_PREFIX and w.chance(rng, 0.12):
                    institution = f"alcaldia_{person.alcaldia}"
                else:
                    institution = w.REFERRAL_INSTITUTIONS.pick(rng)
            stamp = self.instant(day)
            out.append(Attention(
                id=self.new_id(stamp), case_id=case_id, kind=kind, occurred_on=day,
                institution=institution,
                notes=narratives.attention_notes(rng, kind, institution, first=i == 0),
                created_at=iso(stamp), updated_at=iso(stamp)))
        return out


@dataclass
class _Timeline:
    status: str
    last_change: date
    procedure: str | None = None
    incorporated_on: date | None = None
    closed_on: date | None = None
    closing_reason: str | None = None
