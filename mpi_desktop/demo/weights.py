"""Weighted choices and the distributions of the demo data.

The weights are plausible shapes for a city protection mechanism (population of
each alcaldía, the usual mix of aggressions and aggressors in public reports of
the field), not statistics of MPI CDMX.  Every code must exist in its catalog;
``tests/demo`` checks that.
"""

from __future__ import annotations

import bisect
import itertools
import random
from collections.abc import Mapping, Sequence
from typing import Generic, TypeVar

T = TypeVar("T")


class Weighted(Generic[T]):
    """A fixed weighted table: one ``bisect`` per draw, fast enough for 50,000 cases."""

    def __init__(self, table: Mapping[T, float]) -> None:
        self.values: list[T] = list(table)
        self.cumulative = list(itertools.accumulate(table.values()))
        self.total = self.cumulative[-1]

    def pick(self, rng: random.Random) -> T:
        return self.values[bisect.bisect_right(self.cumulative, rng.random() * self.total)]

    def sample(self, rng: random.Random, k: int) -> list[T]:
        """``k`` distinct values, heavier ones first more often (order kept as drawn)."""
        k = min(k, len(self.values))
        chosen: list[T] = []
        while len(chosen) < k:
            value = self.pick(rng)
            if value not in chosen:
                chosen.append(value)
        return chosen


def chance(rng: random.Random, p: float) -> bool:
    return rng.random() < p


def pick(rng: random.Random, values: Sequence[T]) -> T:
    return values[int(rng.random() * len(values))]


# Population (2020 census, thousands) times how much defence and journalism
# happens there: the historic centre and the press concentrate in Cuauhtémoc.
ALCALDIAS = Weighted({
    "iztapalapa": 1835, "gustavo_a_madero": 1173, "cuauhtemoc": 545 * 1.7,
    "alvaro_obregon": 759, "tlalpan": 699, "coyoacan": 614 * 1.1,
    "venustiano_carranza": 443, "xochimilco": 442, "benito_juarez": 434 * 1.2,
    "azcapotzalco": 432, "miguel_hidalgo": 414 * 1.1, "iztacalco": 404, "tlahuac": 392,
    "la_magdalena_contreras": 247, "cuajimalpa_de_morelos": 217, "milpa_alta": 152,
    "fuera_cdmx": 260,
})

#: CDMX postal codes start with the alcaldía's two digits.
POSTAL_PREFIX = {
    "alvaro_obregon": "01", "azcapotzalco": "02", "benito_juarez": "03", "coyoacan": "04",
    "cuajimalpa_de_morelos": "05", "cuauhtemoc": "06", "gustavo_a_madero": "07",
    "iztacalco": "08", "iztapalapa": "09", "la_magdalena_contreras": "10",
    "miguel_hidalgo": "11", "milpa_alta": "12", "tlahuac": "13", "tlalpan": "14",
    "venustiano_carranza": "15", "xochimilco": "16",
}

PROFILES = Weighted({"defensora": 58, "periodista": 31, "colaboradora": 11})

SEXES = Weighted({"mujer": 53, "hombre": 44, "no_especifica": 2.7, "intersexual": 0.3})

#: Gender identity given the recorded sex (None: not asked at intake).
GENDER_BY_SEX: dict[str, Weighted[str | None]] = {
    "mujer": Weighted({"mujer_cis": 88, "hombre_trans": 1.2, "no_binaria": 1.5,
                       "prefiere_no_decir": 2.5, "otra": 0.3, None: 6.5}),
    "hombre": Weighted({"hombre_cis": 88, "mujer_trans": 2.5, "no_binaria": 1.2,
                        "prefiere_no_decir": 2, "otra": 0.3, None: 6}),
    "intersexual": Weighted({"no_binaria": 30, "mujer_cis": 20, "hombre_cis": 20,
                             "otra": 15, "prefiere_no_decir": 15}),
    "no_especifica": Weighted({"prefiere_no_decir": 50, "no_binaria": 20, None: 30}),
}

#: Which given names fit a gender identity.
FEMININE = {"mujer_cis", "mujer_trans"}
MASCULINE = {"hombre_cis", "hombre_trans"}

NATIONALITIES = Weighted({
    "mx": 955, "gt": 8, "hn": 9, "sv": 6, "ve": 6, "co": 5, "cu": 3, "ht": 3, "ni": 2,
    "ar": 1, "cl": 1, "pe": 1, "us": 1, "es": 1, "fr": 0.5, "de": 0.5,
})

AGGRESSION_TYPES = Weighted({
    "amenazas": 30, "hostigamiento": 18, "intimidacion": 15, "agresion_digital": 14,
    "vigilancia_seguimiento": 10, "desprestigio": 10, "acoso": 8, "agresion_fisica": 8,
    "criminalizacion": 5, "robo_informacion_equipo": 4, "dano_propiedad": 4, "censura": 4,
    "detencion_arbitraria": 3, "allanamiento": 3, "agresion_sexual": 2,
    "desplazamiento_forzado": 2, "privacion_libertad": 1, "otra": 1,
    "tentativa_homicidio": 0.7, "homicidio_persona_cercana": 0.5, "desaparicion": 0.3,
})

AGGRESSORS = Weighted({
    "servidor_publico": 22, "desconocido": 19, "particular": 18, "fuerza_seguridad": 12,
    "delincuencia_organizada": 10, "empresa": 6, "grupo_politico": 5, "pareja_familiar": 3,
    "medio_comunicacion": 2, "otro": 2, "actor_religioso": 1,
})

#: Land and environment defenders face companies more often than the rest.
AGGRESSORS_TERRITORY = Weighted({
    "empresa": 24, "servidor_publico": 20, "particular": 16, "delincuencia_organizada": 14,
    "desconocido": 12, "fuerza_seguridad": 9, "grupo_politico": 5,
})

AGGRESSION_TYPE_COUNT = Weighted({1: 55, 2: 32, 3: 13})
AGGRESSION_COUNT = Weighted({1: 52, 2: 27, 3: 14, 4: 7})
ATTENTION_COUNT = Weighted({0: 12, 1: 26, 2: 24, 3: 18, 4: 12, 5: 8})
DATE_PRECISION = Weighted({"day": 82, "month": 14, "year": 4})

ATTENTION_KINDS = Weighted({"asesoria": 50, "canalizacion": 31, "accion_preventiva": 19})

#: Where referrals go; the person's own alcaldía is added at draw time.
REFERRAL_INSTITUTIONS = Weighted({
    "fgjcdmx": 22, "ssc": 14, "ceavi": 9, "semujeres": 7, "sedesa": 7, "c5": 5,
    "bienestar": 5, "cejur": 3, "styfe": 2, "invi": 2, "sectei": 1, "dif_cdmx": 2,
    "secgob": 3, "cdhcm": 5, "mecanismo_federal": 4, "feadle": 3,
    "osc_acompanamiento": 6, "osc_seguridad_digital": 3, "policia_cibernetica": 3,
    "secretaria_cultura": 0.5,
})

ORIGINS = Weighted({"solicitud_directa": 66, "canalizacion_institucional": 19, "oficio": 7,
                    "ciudad_refugio": 5, "otra": 3})

#: Outcome of the analysis when a case gets that far.
OUTCOMES = Weighted({"incorporado": 48, "canalizado": 22, "no_incorporado": 18,
                     "desiste": 5, "pendiente": 7})
OUTCOMES_REFUGIO = Weighted({"incorporado": 88, "canalizado": 6, "no_incorporado": 3,
                             "pendiente": 3})

CLOSING_REASONS = Weighted({
    "riesgo_superado": 45, "desistimiento": 20, "cambio_residencia": 12,
    "incumplimiento": 8, "canalizacion_definitiva": 8, "otra": 5, "fallecimiento": 2,
})

LINK_ROLES = Weighted({"familiar": 30, "pareja": 18, "hijo_hija": 22, "colega": 12,
                       "integrante_organizacion": 10, "testigo": 4, "persona_peticionaria": 4})
FAMILY_ROLES = {"familiar", "pareja", "hijo_hija"}
LINKED_COUNT = Weighted({1: 62, 2: 28, 3: 10})

CONTACT_COUNT = Weighted({1: 25, 2: 38, 3: 25, 4: 12})

#: Topics of defence by profile (journalists cover, defenders defend).
TOPICS = {
    "defensora": Weighted({
        "derechos_mujeres": 16, "territorio_medio_ambiente": 12, "personas_desaparecidas": 10,
        "vivienda_derecho_ciudad": 9, "lgbtttiq": 8, "pueblos_originarios_indigenas": 8,
        "personas_migrantes": 6, "derechos_laborales": 6, "seguridad_justicia": 5,
        "derechos_sexuales_reproductivos": 4, "personas_discapacidad": 3,
        "ninez_juventudes": 3, "personas_privadas_libertad": 3, "salud": 2, "educacion": 2,
        "cultura": 2, "otro": 1}),
    "periodista": Weighted({
        "libertad_expresion": 30, "periodismo_investigacion": 25,
        "corrupcion_transparencia": 18, "seguridad_justicia": 12, "derechos_mujeres": 4,
        "territorio_medio_ambiente": 4, "personas_desaparecidas": 4, "cultura": 3}),
}
TOPICS["colaboradora"] = TOPICS["periodista"]

ORG_CATEGORIES = {
    "defensora": Weighted({"osc_derechos_humanos": 34, "colectivo": 30,
                           "organizacion_comunitaria": 16, "organizacion_indigena": 6,
                           "sindicato": 6, "academia": 5, "otra": 3}),
    "periodista": Weighted({"medio_digital": 32, "periodista_independiente": 24,
                            "medio_impreso": 16, "radio": 12, "television": 8, "agencia": 8}),
    "colaboradora": Weighted({"medio_digital": 40, "radio": 20, "medio_impreso": 15,
                              "television": 10, "agencia": 5, "colectivo": 10}),
}
