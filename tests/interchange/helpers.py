"""Shared by the interchange, ARCO and records-CLI tests: sample data, vault digests."""

from __future__ import annotations

import hashlib
import shutil
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from mpi_desktop.domain.cases import Aggression, Attention, Case
from mpi_desktop.domain.people import ContactChannel, IdentityDocument, Person
from mpi_desktop.storage.records import Records
from mpi_desktop.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.factories import aggression, attention, case_for, person

#: A strong passphrase for bundles (not the vault's).
BUNDLE_PASSPHRASE = "guayaba cometa silencio azotea"


@dataclass
class Sample:
    people: list[Person]
    cases: list[Case]
    aggressions: list[Aggression]
    attentions: list[Attention]


def fill(vault: Vault) -> Sample:
    """Three cases, five people (accents, ñ, compound surnames), events of each kind."""
    r = Records(vault)
    ana = person()
    tono = person(given_names="Ñoño Íñigo", first_surname="Núñez", second_surname="",
                  profile="familiar", aliases=(), documents=(), contacts=(),
                  birth_date=None, consent=False, consent_date=None)
    lupe = person(given_names="Guadalupe", first_surname="Ávila", second_surname="Sáenz",
                  profile="defensora", aliases=("Lupita", "La Güera"),
                  contacts=(ContactChannel("whatsapp", "55 2345 6789", notes="solo tardes"),),
                  documents=(IdentityDocument("rfc", "AISG800101AB1"),),
                  defence_topics=("territorio_medio_ambiente",), intersectional_factors=(),
                  organization="Colectiva Tierra Viva", organization_category=None)
    beto = person(given_names="Alberto", first_surname="Méndez", second_surname="Ruiz",
                  profile="colaboradora", aliases=(), contacts=(), documents=(),
                  address="", organization="")
    solo = person(given_names="Rocío", first_surname="Zamora", second_surname="",
                  profile="vinculada", aliases=(), contacts=(), documents=())
    c1 = r.open_case(case_for(ana, tono, narrative="Amenazas tras publicar una investigación "
                              "sobre la constructora."), [ana, tono])
    c2 = r.open_case(case_for(lupe, beto, opened_on=date(2025, 11, 20), status="incorporado",
                              procedure="extraordinario", incorporated_on=date(2025, 12, 1),
                              narrative="Hostigamiento a la colectiva en asamblea ejidal."),
                     [lupe, beto])
    c3 = r.open_case(case_for(solo, opened_on=date(2024, 6, 5), status="concluido",
                              closed_on=date(2025, 1, 15), closing_reason="riesgo_superado",
                              closing_notes="Sin incidentes en seis meses."), [solo])
    aggs = [r.save_aggression(aggression(c1.id)),
            r.save_aggression(aggression(c2.id, types=("amenazas", "hostigamiento"),
                                         date_precision="month", occurred_on=date(2025, 10, 1),
                                         place="Ejido San Miguel", alcaldia="tlalpan"))]
    atts = [r.save_attention(attention(c1.id)),
            r.save_attention(attention(c2.id, kind="canalizacion", institution="fgjcdmx",
                                       notes="Canalizada a la fiscalía."))]
    return Sample(people=[ana, tono, lupe, beto, solo],
                  cases=[r.case_by_folio(c.folio) or c for c in (c1, c2, c3)],
                  aggressions=aggs, attentions=atts)


def another_vault(tmp_path: Path, template: Path, name: str = "otra") -> Vault:
    target = tmp_path / name
    shutil.copytree(template, target)
    (target / "vault.lock").unlink(missing_ok=True)
    return Vault.unlock(target, PASSPHRASE, actor="prueba")


def digest(vault: Vault, *, skip_actions: tuple[str, ...] = ()) -> str:
    """Hash of every row of every table: equal digests mean equal content."""
    h = hashlib.sha256()
    with vault.read() as conn:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            " AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name")]
        for table in tables:
            rows = conn.execute(f'SELECT * FROM "{table}"').fetchall()
            if table == "audit_log" and skip_actions:
                rows = [r for r in rows if r[3] not in skip_actions]
            h.update(table.encode())
            for row in sorted(repr(r) for r in rows):
                h.update(row.encode())
    return h.hexdigest()


def counts(vault: Vault) -> dict[str, int]:
    with vault.read() as conn:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("person", "case_file", "case_person", "aggression", "attention",
                          "field_history", "audit_log")}
