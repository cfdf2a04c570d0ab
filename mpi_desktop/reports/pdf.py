"""Shared PDF machinery for everything that leaves the app as a PDF.

* an embedded TrueType font (DejaVu Sans) with every Spanish glyph — the PDF
  base fonts cannot even show "ñ" reliably and are not embedded;
* **neutral metadata**: no author, no user name, no local paths; a generic title;
* every page: "Página X de Y", a confidentiality footer and, for per-recipient
  copies, a traceable code (SECURITY.md rule 6, issue #7);
* built in memory and written atomically (temp 0600 → fsync → rename).
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table, TableStyle
from reportlab.platypus.flowables import KeepTogether

from mpi_desktop.paths import resource_path
from mpi_desktop.storage.atomic import atomic_write_bytes

FONT = "MPISans"
FONT_BOLD = "MPISans-Bold"
FONT_ITALIC = "MPISans-Oblique"
APP_CREATOR = "MPI Desktop"


@cache
def register_fonts() -> None:
    for name, file in ((FONT, "DejaVuSans.ttf"), (FONT_BOLD, "DejaVuSans-Bold.ttf"),
                       (FONT_ITALIC, "DejaVuSans-Oblique.ttf")):
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", file))))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC,
                                  boldItalic=FONT_BOLD)


@cache
def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    base = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=13)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10),
        "muted": ParagraphStyle("muted", parent=base, fontSize=8, leading=10,
                                textColor=colors.HexColor("#555555")),
        "title": ParagraphStyle("title", parent=base, fontName=FONT_BOLD, fontSize=20,
                                leading=25, spaceAfter=6 * mm, alignment=TA_CENTER),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=12, leading=16,
                                   alignment=TA_CENTER, spaceAfter=4 * mm),
        "stamp": ParagraphStyle("stamp", parent=base, fontName=FONT_BOLD, fontSize=16,
                                leading=20, alignment=TA_CENTER,
                                textColor=colors.HexColor("#9b1c1c"), spaceBefore=8 * mm,
                                spaceAfter=8 * mm),
        "h1": ParagraphStyle("h1", parent=base, fontName=FONT_BOLD, fontSize=14, leading=18,
                             spaceBefore=4 * mm, spaceAfter=3 * mm),
        "h2": ParagraphStyle("h2", parent=base, fontName=FONT_BOLD, fontSize=11, leading=14,
                             spaceBefore=3 * mm, spaceAfter=2 * mm),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=11),
        "cell_bold": ParagraphStyle("cell_bold", parent=base, fontName=FONT_BOLD, fontSize=8.5,
                                    leading=11),
    }


def para(text: str, style: str = "body") -> Paragraph:
    """A paragraph of *plain* text: markup characters are escaped, never interpreted."""
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return Paragraph(escaped.replace("\n", "<br/>"), styles()[style])


def table(rows: Sequence[Sequence[str]], *, widths: Sequence[float] | None = None,
          header: bool = True, numeric_columns: Sequence[int] = ()) -> Table:
    """A table of plain-text cells, header row bold and repeated across pages."""
    s = styles()
    data = [[para(str(c), "cell_bold" if header and i == 0 else "cell") for c in row]
            for i, row in enumerate(rows)]
    t = Table(data, colWidths=widths, repeatRows=1 if header else 0)
    style: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")))
    for col in numeric_columns:
        style.append(("ALIGN", (col, 0), (col, -1), "RIGHT"))
    t.setStyle(TableStyle(style))
    del s
    return t


def keep(*flowables: Flowable) -> KeepTogether:
    return KeepTogether(list(flowables))


@dataclass(frozen=True)
class PageDecor:
    """What every page carries."""

    #: Left of the header, e.g. "Paquete CEM · 3a Sesión Ordinaria 2026".
    header: str
    #: Confidentiality line at the foot of every page.
    footer: str
    #: Per-recipient traceable code, printed on every page when set.
    page_code: str = ""
    #: "Página {page} de {total}" in the user's language.
    page_label: str = "Página {page} de {total}"


def _numbered_canvas(decor: PageDecor, pages: list[int] | None = None) -> type[Canvas]:
    class NumberedCanvas(Canvas):  # type: ignore[misc]
        """Two passes so every page can say how many pages there are."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._saved: list[dict[str, Any]] = []

        def showPage(self) -> None:  # reportlab's API name
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved)
            if pages is not None:
                pages.append(total)
            for state in self._saved:
                self.__dict__.update(state)
                self._decorate(total)
                super().showPage()
            super().save()

        def _decorate(self, total: int) -> None:
            width, height = self._pagesize
            self.saveState()
            self.setFont(FONT, 7.5)
            self.setFillColor(colors.HexColor("#444444"))
            self.drawString(15 * mm, height - 10 * mm, decor.header)
            if decor.page_code:
                self.setFont(FONT_BOLD, 7.5)
                self.drawRightString(width - 15 * mm, height - 10 * mm, decor.page_code)
                self.setFont(FONT, 7.5)
            self.drawString(15 * mm, 9 * mm, decor.footer)
            label = decor.page_label.format(page=self._pageNumber, total=total)
            self.drawRightString(width - 15 * mm, 9 * mm, label)
            self.restoreState()

    return NumberedCanvas


@dataclass(frozen=True)
class RenderedPdf:
    data: bytes
    #: Number of pages (0 when unknown).
    pages: int = 0

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


def render(story: list[Flowable], *, title: str, decor: PageDecor, lang: str = "es-MX",
           pagesize: tuple[float, float] = letter) -> RenderedPdf:
    """Render in memory.  ``title`` must be generic (it is visible in PDF metadata)."""
    register_fonts()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer, pagesize=pagesize, leftMargin=15 * mm, rightMargin=15 * mm,
        topMargin=16 * mm, bottomMargin=16 * mm,
        title=title, author="", subject="", keywords="", creator=APP_CREATOR,
        producer=APP_CREATOR, lang=lang, initialFontName=FONT,
    )
    pages: list[int] = []
    doc.build(story, canvasmaker=_numbered_canvas(decor, pages))
    return RenderedPdf(buffer.getvalue(), pages[-1] if pages else 0)


def write(out: Path, pdf: RenderedPdf) -> None:
    atomic_write_bytes(out, pdf.data)
