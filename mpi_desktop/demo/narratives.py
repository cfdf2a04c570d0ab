"""Plausible Spanish texts for the demo: narratives, places, notes, organisations.

Built from templates and random parts, in the institutional register of an
intake record.  The subject is always "la persona" (grammatically feminine),
so the sentences agree whatever the person's gender.  No text describes a real
event, place of a real attack, real organisation or real person.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from mpi_desktop.demo.weights import chance, pick

#: What journalists cover, by their first topic.
COVERAGE = {
    "libertad_expresion": "temas de libertad de expresión",
    "periodismo_investigacion": "investigaciones sobre contratos públicos",
    "corrupcion_transparencia": "presuntos actos de corrupción en la administración local",
    "seguridad_justicia": "temas de seguridad y justicia",
    "derechos_mujeres": "la violencia contra las mujeres",
    "territorio_medio_ambiente": "conflictos por el agua y el territorio",
    "personas_desaparecidas": "la crisis de desaparición de personas",
    "cultura": "la vida cultural de la ciudad",
}
MONTHS = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
          "septiembre", "octubre", "noviembre", "diciembre")

TOPIC_PHRASES = {
    "derechos_mujeres": "la defensa de los derechos de las mujeres",
    "lgbtttiq": "la defensa de los derechos de las personas LGBTTTIQ+",
    "pueblos_originarios_indigenas": "la defensa de los derechos de su pueblo originario",
    "territorio_medio_ambiente": "la defensa del territorio y del agua frente a una obra",
    "personas_migrantes": "el acompañamiento a personas migrantes",
    "personas_desaparecidas": "la búsqueda de personas desaparecidas",
    "derechos_laborales": "la organización sindical de trabajadoras y trabajadores",
    "vivienda_derecho_ciudad": "la defensa de la vivienda frente a un desalojo",
    "libertad_expresion": "la cobertura de temas de libertad de expresión",
    "periodismo_investigacion": "una investigación periodística sobre contratos públicos",
    "corrupcion_transparencia": "la documentación de presuntos actos de corrupción",
    "seguridad_justicia": "la exigencia de verdad y justicia en casos de violencia",
    "derechos_sexuales_reproductivos": "la defensa de los derechos sexuales y reproductivos",
    "personas_discapacidad": "la defensa de los derechos de las personas con discapacidad",
    "ninez_juventudes": "el trabajo comunitario con niñas, niños y jóvenes",
    "personas_privadas_libertad": "el acompañamiento a familias de personas privadas de la "
                                  "libertad",
    "salud": "la exigencia de atención médica en su comunidad",
    "educacion": "la defensa de una escuela comunitaria",
    "cultura": "la gestión de un espacio cultural independiente",
    "otro": "actividades comunitarias en su colonia",
}

AGGRESSOR_PHRASES = {
    "servidor_publico": ("personal de la alcaldía", "un funcionario de la dirección de "
                         "gobierno de la alcaldía", "servidores públicos de una dependencia "
                         "local"),
    "fuerza_seguridad": ("elementos de policía", "agentes que se identificaron como policías",
                         "tripulantes de una patrulla sin número visible"),
    "particular": ("un vecino de la zona", "personas que se identificaron como vecinos",
                   "un comerciante de la zona"),
    "empresa": ("personal de seguridad privada de una constructora",
                "trabajadores de una inmobiliaria", "personal de una empresa de transporte"),
    "delincuencia_organizada": ("un grupo de personas armadas",
                                "integrantes de un grupo delictivo que opera en la zona",
                                "hombres que dijeron cobrar cuota en el mercado"),
    "grupo_politico": ("simpatizantes de un grupo político local",
                       "operadores de una organización partidista"),
    "actor_religioso": ("integrantes de una congregación religiosa",),
    "medio_comunicacion": ("un portal de noticias local", "conductores de un programa de radio"),
    "pareja_familiar": ("su expareja", "un familiar cercano"),
    "desconocido": ("personas no identificadas", "un hombre al que no pudo identificar",
                    "una persona que ocultaba su rostro"),
    "otro": ("personas ajenas a su comunidad",),
}

ACTS = {
    "amenazas": ("recibió amenazas de muerte", "le advirtieron que «dejara de meterse en lo "
                 "que no le importa»", "recibió amenazas contra su familia"),
    "intimidacion": ("fue intimidada", "le tomaron fotografías de manera ostensible",
                     "le hicieron saber que conocían su domicilio"),
    "hostigamiento": ("ha sido hostigada de manera reiterada",
                      "ha recibido visitas y llamadas insistentes"),
    "acoso": ("ha sido acosada", "recibió mensajes de acoso"),
    "vigilancia_seguimiento": ("fue seguida por un vehículo sin placas",
                               "advirtió que vigilan su domicilio desde un automóvil",
                               "notó que la siguieron al salir de su trabajo"),
    "agresion_fisica": ("fue agredida físicamente", "recibió golpes y empujones"),
    "agresion_sexual": ("sufrió violencia sexual",),
    "detencion_arbitraria": ("fue detenida sin orden ni flagrancia y liberada horas después",),
    "allanamiento": ("encontró su domicilio forzado y sus pertenencias revueltas",
                     "su oficina fue allanada"),
    "robo_informacion_equipo": ("le robaron su computadora y su teléfono de trabajo",
                                "le sustrajeron memorias con material de trabajo"),
    "dano_propiedad": ("encontró dañado su vehículo", "dañaron la puerta de su domicilio"),
    "desprestigio": ("fue objeto de una campaña de desprestigio",
                     "circularon publicaciones que la acusan falsamente de delitos"),
    "criminalizacion": ("fue denunciada penalmente por hechos que niega",
                        "le abrieron un procedimiento administrativo sin sustento"),
    "censura": ("le impidieron publicar una nota", "le retiraron material periodístico"),
    "agresion_digital": ("sufrió el robo de su cuenta de correo",
                         "difundieron sus datos personales en redes sociales",
                         "recibió cientos de mensajes coordinados de odio",
                         "suplantaron su identidad en redes sociales"),
    "privacion_libertad": ("fue privada de la libertad durante varias horas",),
    "desaparicion": ("un integrante de su colectivo fue desaparecido",),
    "tentativa_homicidio": ("dispararon contra su vehículo",),
    "homicidio_persona_cercana": ("fue asesinado un familiar cercano",),
    "desplazamiento_forzado": ("tuvo que dejar su domicilio con su familia",),
    "otra": ("sufrió hechos que la pusieron en riesgo",),
}

#: How threats and harassment reached the person (only said of those types).
CHANNELS = ("por WhatsApp", "en llamadas desde números privados",
            "por mensajes directos en redes sociales", "por medio de terceras personas",
            "en una cartulina dejada en la puerta de su casa", "de viva voz, en la calle")
MESSAGE_TYPES = {"amenazas", "intimidacion", "hostigamiento", "acoso"}
#: Article of each organisation or outlet kind, to write "coordina la Red …".
ARTICLES = {"Colectivo": "el", "Red": "la", "Asamblea": "la", "Comité": "el", "Frente": "el",
            "Centro": "el", "Colectiva": "la", "Unión": "la", "Coordinadora": "la",
            "Diario": "el", "Semanario": "el", "Portal": "el", "Revista": "la",
            "Agencia": "la", "Canal": "el", "Televisora": "la", "Consejo": "el",
            "Sindicato": "el", "Observatorio": "el", "Seminario": "el"}

PLACES_PHYSICAL = (
    "Afuera de su domicilio", "En la redacción del medio", "En las oficinas de la "
    "organización", "Durante una marcha en el Centro Histórico", "En la sede de la alcaldía",
    "En el transporte público", "Durante una asamblea vecinal", "En las inmediaciones del "
    "predio en disputa", "En el mercado de la colonia", "A la salida de la escuela de sus "
    "hijas", "En un paradero del Metrobús", "En la explanada de la alcaldía",
)
PLACES_DIGITAL = ("En redes sociales", "En su cuenta de correo electrónico",
                  "En grupos de mensajería", "En un portal de noticias")

CONSEQUENCES = (
    "Desde entonces ha cambiado sus rutinas y teme por su integridad y la de su familia.",
    "Presentó denuncia ante la Fiscalía y no ha tenido respuesta.",
    "No ha presentado denuncia por temor a represalias.",
    "Suspendió temporalmente sus actividades.",
    "Refiere afectaciones en su salud emocional y en su trabajo.",
    "Sus compañeras de colectivo también han recibido mensajes.",
    "Considera que los hechos están relacionados con su trabajo.",
)
REQUESTS = (
    "Solicita medidas de protección.", "Solicita orientación para presentar una denuncia.",
    "Pide acompañamiento para revisar su seguridad digital.",
    "Solicita su incorporación al Mecanismo.",
    "Solicita apoyo para reubicarse temporalmente.",
    "Pide que se dé aviso a la policía de su colonia.",
)
INTRO = ("Refiere que", "Narra que", "Manifiesta que", "La persona peticionaria refiere que",
         "En entrevista inicial, la persona refiere que")

JOURNALIST_WORK = ("realiza reportajes para", "colabora como fotoperiodista con",
                   "escribe una columna en", "edita la sección local de",
                   "hace coberturas en video para")
DEFENDER_WORK = ("participa en", "coordina", "forma parte de", "fundó", "colabora con")

FOLLOW_UPS = (
    "Llamada de seguimiento; la persona refiere que no ha habido nuevos incidentes.",
    "Entrevista de seguimiento; se actualizan sus datos de contacto.",
    "Seguimiento: refiere nuevos mensajes intimidatorios; se documentan.",
    "Seguimiento del plan de seguridad con la persona.",
)
ADVICE_TOPICS = ("presentación de denuncia y derechos como víctima", "medidas de "
                 "autoprotección", "el procedimiento de incorporación al Mecanismo",
                 "seguridad digital básica", "documentación de incidentes")
REFERRAL_REASONS = {
    "fgjcdmx": "presentar denuncia por los hechos",
    "ssc": "solicitar rondines preventivos en su domicilio",
    "c5": "solicitar la revisión de cámaras cercanas al lugar de los hechos",
    "semujeres": "atención especializada en violencia de género",
    "sedesa": "atención psicológica",
    "ceavi": "su inscripción en el registro de víctimas",
    "bienestar": "apoyo social temporal",
    "cejur": "asesoría jurídica gratuita",
    "styfe": "apoyo por desempleo",
    "invi": "apoyo de vivienda emergente",
    "sectei": "cambio de plantel escolar de sus hijas e hijos",
    "dif_cdmx": "atención a niñas y niños de la familia",
    "secgob": "mesa de diálogo con la autoridad involucrada",
    "cdhcm": "presentar una queja",
    "mecanismo_federal": "valorar su incorporación al mecanismo federal",
    "feadle": "denuncia por delitos contra la libertad de expresión",
    "osc_acompanamiento": "acompañamiento jurídico y psicosocial",
    "osc_seguridad_digital": "revisión de dispositivos y cuentas",
    "policia_cibernetica": "reportar las cuentas que la agreden",
    "secretaria_cultura": "apoyo para reubicar su espacio cultural",
}
PREVENTIVE = (
    "Plática de autoprotección y elaboración de un plan de seguridad personal.",
    "Revisión de configuraciones de privacidad en redes sociales y teléfono.",
    "Enlace con la alcaldía para mejorar el alumbrado de la calle.",
    "Taller de seguridad digital con el colectivo.",
    "Recorrido de seguridad por el domicilio y la oficina.",
)
CLOSING_NOTES = {
    "riesgo_superado": ("La evaluación de seguimiento no identifica riesgo vigente.",
                        "Los hechos cesaron y la persona está de acuerdo con concluir."),
    "desistimiento": ("La persona manifestó por escrito que no desea continuar.",
                      "La persona pidió concluir el expediente."),
    "cambio_residencia": ("La persona cambió su residencia fuera de la Ciudad de México.",),
    "incumplimiento": ("No fue posible localizar a la persona tras varios intentos.",
                       "La persona no aceptó las medidas acordadas."),
    "canalizacion_definitiva": ("El caso se atiende por el mecanismo federal.",),
    "fallecimiento": ("Se informa el fallecimiento de la persona por causas no relacionadas.",),
    "otra": ("Se concluye por acuerdo del Consejo de Evaluación de Medidas.",),
}
PERSON_NOTES = (
    "Prefiere entrevistas en un lugar público.", "Habla náhuatl y español.",
    "Usa silla de ruedas; considerar accesibilidad en reuniones.",
    "Solicita que las llamadas sean por la tarde.", "Tiene hijas menores de edad a su cargo.",
    "Prefiere que se le contacte por medio de su colectivo.",
)

#: What an outlet of each organisation category is called.
MEDIA_KINDS = {
    "medio_impreso": ("Diario", "Semanario", "Revista"),
    "medio_digital": ("Portal", "Noticias", "Revista digital", "Diario digital"),
    "radio": ("Radio", "Radio Comunitaria"),
    "television": ("Canal", "Televisora"),
    "agencia": ("Agencia",),
}
MEDIA_NAME = ("El Faro", "La Brújula", "Voz", "Enfoque", "Contraste", "Perspectiva",
              "Altavoz", "Mirador", "Crónica", "La Trinchera", "Horizonte", "El Vocero")
MEDIA_SUFFIX = ("del Oriente", "del Sur", "de la Ciudad", "del Valle", "de la Capital",
                "del Norte", "")
#: What an organisation of each category is called.
ORG_KINDS = {
    "osc_derechos_humanos": ("Centro de Derechos Humanos", "Red", "Comité", "Colectivo"),
    "colectivo": ("Colectivo", "Colectiva", "Frente", "Red"),
    "organizacion_comunitaria": ("Comité", "Asamblea", "Centro Comunitario", "Coordinadora"),
    "organizacion_indigena": ("Consejo", "Asamblea"),
    "sindicato": ("Sindicato", "Unión"),
    "academia": ("Observatorio", "Seminario Universitario"),
}
ANY_ORG_KIND = ("Colectivo", "Red", "Asamblea", "Comité", "Frente", "Coordinadora")
ORG_NAME = ("Mujeres en Resistencia", "por la Memoria", "del Agua", "de Vecinas y Vecinos",
            "Tierra y Libertad", "Semillas", "Manos Unidas", "Voces del Barrio",
            "por la Vivienda Digna", "Xochitlalli", "Tlalli", "Luciérnagas", "Hasta Encontrarles",
            "Diversidad Viva", "Sin Fronteras", "de Trabajadoras del Hogar")


def month_year(day: date) -> str:
    return f"{MONTHS[day.month - 1]} de {day.year}"


def long_date(day: date) -> str:
    return f"{day.day} de {MONTHS[day.month - 1]} de {day.year}"


def organization(rng: random.Random, *, category: str | None, place: str) -> str:
    kinds = MEDIA_KINDS.get(category or "")
    if kinds is not None:
        return " ".join(p for p in (pick(rng, kinds), pick(rng, MEDIA_NAME),
                                    pick(rng, MEDIA_SUFFIX)) if p)
    org = f"{pick(rng, ORG_KINDS.get(category or '', ANY_ORG_KIND))} {pick(rng, ORG_NAME)}"
    return f"{org} de {place}" if chance(rng, 0.4) else org


def act(rng: random.Random, types: Sequence[str]) -> str:
    return "; además, ".join(pick(rng, ACTS.get(t, ACTS["otra"])) for t in types[:2])


def aggressor(rng: random.Random, kind: str) -> str:
    return pick(rng, AGGRESSOR_PHRASES.get(kind, AGGRESSOR_PHRASES["otro"]))


@dataclass(frozen=True)
class Told:
    """How one aggression is told: reused by the case narrative so both agree."""

    place: str
    description: str
    moment: str
    act: str
    aggressor: str


def when_text(day: date, precision: str, *, start: bool = False) -> str:
    if precision == "day":
        return f"El {long_date(day)}"
    if precision == "month":
        return f"{'A partir de' if start else 'En'} {month_year(day)}"
    return f"{'Desde' if start else 'Durante'} {day.year}"


def aggression_text(rng: random.Random, *, types: Sequence[str], aggressor_type: str,
                    when: date, precision: str) -> Told:
    digital = types[0] == "agresion_digital"
    place = pick(rng, PLACES_DIGITAL if digital else PLACES_PHYSICAL)
    what, who = act(rng, types), aggressor(rng, aggressor_type)
    text = f"{when_text(when, precision)} {what}. Identifica como probables responsables a {who}."
    if chance(rng, 0.4):
        text += " " + pick(rng, ("Hubo testigos.", "Conserva capturas de pantalla.",
                                 "No hubo testigos.", "Lo reportó al 911.",
                                 "Conserva los mensajes en su teléfono."))
    return Told(place=place, description=text, moment=when_text(when, precision, start=True),
                act=what, aggressor=who)


def with_article(verb: str, name: str) -> str:
    """'colabora con' + 'Red Semillas' → 'colabora con la Red Semillas'; de + el → del."""
    article = ARTICLES.get(name.split()[0], "") if name else ""
    if not article:
        return f"{verb} {name}"
    if article == "el" and verb.endswith(" de"):
        return f"{verb[:-3]} del {name}"
    return f"{verb} {article} {name}"


def narrative(rng: random.Random, *, profile: str, organization_name: str, topic: str | None,
              first: Told, types: Sequence[str]) -> str:
    intro = pick(rng, INTRO)
    if profile in ("periodista", "colaboradora"):
        work = (with_article(pick(rng, JOURNALIST_WORK), organization_name)
                if organization_name else "publica de manera independiente")
    else:
        work = with_article(pick(rng, DEFENDER_WORK),
                            organization_name or "un colectivo de su colonia")
    if profile in ("periodista", "colaboradora"):
        topic_text = f"cubre {COVERAGE.get(topic or '', COVERAGE['libertad_expresion'])}"
    else:
        topic_text = f"se dedica a {TOPIC_PHRASES.get(topic or 'otro', TOPIC_PHRASES['otro'])}"
    moment = first.moment[0].lower() + first.moment[1:]
    facts = (f"{intro} {work} y {topic_text}. Relata que {moment} {first.act}; "
             f"señala como probables responsables a {first.aggressor}.")
    if MESSAGE_TYPES.intersection(types[:2]):
        facts += f" Los mensajes y advertencias le llegaron {pick(rng, CHANNELS)}."
    extra = [pick(rng, CONSEQUENCES)]
    if chance(rng, 0.5):
        extra.append(pick(rng, CONSEQUENCES))
    extra.append(pick(rng, REQUESTS))
    text = " ".join([facts, *dict.fromkeys(extra)])
    return text.replace(" a el ", " al ").replace(" de el ", " del ")


def attention_notes(rng: random.Random, kind: str, institution: str | None, *,
                    first: bool) -> str:
    if kind == "canalizacion" and institution:
        reason = REFERRAL_REASONS.get(institution)
        if reason is None and institution.startswith("alcaldia_"):
            reason = "solicitar poda, alumbrado y rondines en su calle"
        return f"Se canaliza para {reason or 'seguimiento'}."
    if kind == "accion_preventiva":
        return pick(rng, PREVENTIVE)
    if not first and chance(rng, 0.5):
        return pick(rng, FOLLOW_UPS)
    return f"Asesoría sobre {pick(rng, ADVICE_TOPICS)}."


def closing_notes(rng: random.Random, reason: str) -> str:
    return pick(rng, CLOSING_NOTES.get(reason, CLOSING_NOTES["otra"]))


def person_notes(rng: random.Random) -> str:
    return pick(rng, PERSON_NOTES)
