"""Lays a generated form out as a grid of cells (9 columns, as src/test/fixtures/pdf/make_pdfs.py lays the seeds out),
and writes that grid as an xlsx sheet (printed by LibreOffice) or as an HTML page (printed by Chromium)."""
import html
import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src/test/fixtures/pdf"))
import make_pdfs  # noqa: E402  (row heights, column widths, cells as rich-text runs)

# A: section label, B: 一级, C: 二级, D: 三级, E: target, F: actual, G: 分值, H: 得分, I: reason
COLUMN_CM = [0.8, 1.6, 1.8, 3.8, 2.2, 2.2, 1.3, 1.4, 3.0]
LAST = 9
TITLE_PT = 16


class Cell:
    def __init__(self, row, col, text, colspan=1, rowspan=1, align="center", border=True, bold=False, size=None,
                 section=None):
        self.row, self.col, self.text = row, col, text
        self.colspan, self.rowspan = colspan, rowspan
        self.align, self.border, self.bold, self.size = align, border, bold, size
        self.section = section  # 'title', 'body', 'indicator_header', 'indicators'


class Grid:
    def __init__(self):
        self.cells = []
        self.rows = 0
        self.header_row = None  # the indicator header row (repeated on each page when asked)

    def new_row(self):
        self.rows += 1
        return self.rows

    def put(self, row, col, text, last_col=None, last_row=None, **kw):
        last_col = last_col or col
        last_row = last_row or row
        self.cells.append(Cell(row, col, text, last_col - col + 1, last_row - row + 1, **kw))


def title_rows(grid, form):
    style = form["style"]
    year = form["year"]
    kind = style["title"]
    title = "项目支出绩效自评表"
    big = dict(border=False, bold=True, size=TITLE_PT, section="title")
    small = dict(border=False, section="title")
    if kind == "inline":
        r = grid.new_row()
        grid.put(r, 1, "附件2", last_col=3, align="left", **small)
        grid.put(r, 4, title, last_col=7, **big)
        grid.put(r, 8, f"（{year}年度）", last_col=LAST, align="right", **small)
        return
    if kind == "front":
        grid.put(grid.new_row(), 1, f"{year}年度{title}", last_col=LAST, **big)
        return
    if kind == "front_prefix":
        grid.put(grid.new_row(), 1, f"{form['department']}{year}年度{title}", last_col=LAST, **big)
        return
    if kind == "prefix":
        prefix = form["department"] if len(form["department"]) < 12 else form["department"][:6]
        grid.put(grid.new_row(), 1, prefix + title, last_col=LAST, **big)
    else:
        grid.put(grid.new_row(), 1, title, last_col=LAST, **big)
    bracket = f"({year}年度)" if kind == "ascii" else f"（{year}年度）"
    grid.put(grid.new_row(), 1, bracket, last_col=LAST, **small)


def build_grid(form):
    style = form["style"]
    g = Grid()
    title_rows(g, form)
    r = g.new_row()
    g.put(r, 1, "项目名称", last_col=2)
    g.put(r, 3, form["project"], last_col=LAST, align="left")
    r = g.new_row()
    g.put(r, 1, "主管部门", last_col=2)
    g.put(r, 3, form["department"], last_col=5, align="left")
    g.put(r, 6, "实施单位")
    g.put(r, 7, form["unit"], last_col=LAST, align="left")
    # funding
    first = g.new_row()
    funding = form["funding"]
    g.put(first, 1, f"项目资金（{form['fundingUnit']}）", last_row=first + len(funding))
    g.put(first, 2, "", last_col=3)
    headers = ["年初预算数", style["budgetHeader"], style["executedHeader"], "分值", style["rateHeader"],
               style["scoreHeader"]]
    for offset, label in enumerate(headers):
        g.put(first, 4 + offset, label)
    for i, f in enumerate(funding):
        r = g.new_row()
        if style["partsColonCell"] and i >= 1:
            if i == 1:
                g.put(r, 2, "其中：", last_row=r + len(funding) - 2)
            g.put(r, 3, f["label"], align="left")
        else:
            g.put(r, 2, f["label"], last_col=3, align="left")
        for offset, key in enumerate(("initialBudget", "budget", "executed", "weight", "rate", "score")):
            g.put(r, 4 + offset, f[key])
    # goals
    first = g.new_row()
    g.put(first, 1, "年度总体目标", last_row=first + 1)
    g.put(first, 2, "预期目标", last_col=5)
    g.put(first, 6, "实际完成情况", last_col=LAST)
    r = g.new_row()
    g.put(r, 2, form["expectedGoal"], last_col=5, align="top-left")
    g.put(r, 6, form["actualResult"], last_col=LAST, align="top-left")
    # indicators
    header = g.new_row()
    g.header_row = header
    indicators = form["indicators"]
    g.put(header, 1, "绩效指标", last_row=header + len(indicators), section="indicator_label")
    for offset, label in enumerate(["一级指标", "二级指标", "三级指标", style["targetHeader"], style["actualHeader"],
                                    style["weightHeader"], style["scoreHeader"], style["reasonHeader"]]):
        g.put(header, 2 + offset, label, section="indicator_header")
    first = header + 1
    if style["level1Merged"]:
        for start, end in runs([i["level1"] for i in indicators]):
            g.put(first + start, 2, indicators[start]["level1"], last_row=first + end)
    if style["level2Merged"]:
        keys = [(i["level1"], i["level2"]) for i in indicators]
        for start, end in runs(keys):
            g.put(first + start, 3, indicators[start]["level2"], last_row=first + end)
    for ind in indicators:
        r = g.new_row()
        if not style["level1Merged"]:
            g.put(r, 2, ind["level1"])
        if not style["level2Merged"]:
            g.put(r, 3, ind["level2"])
        g.put(r, 4, ind["name"], align="left")
        for col, key in ((5, "target"), (6, "actual"), (7, "weight"), (8, "score")):
            g.put(r, col, ind[key])
        g.put(r, 9, ind["reason"], align="left")
    r = g.new_row()
    g.put(r, 1, "总分", last_col=6)
    g.put(r, 7, form["total"]["weight"])
    g.put(r, 8, form["total"]["score"])
    g.put(r, 9, "")
    return g


def runs(values):
    """(first, last) index pairs of consecutive equal values."""
    result = []
    start = 0
    for i in range(1, len(values) + 1):
        if i == len(values) or values[i] != values[start]:
            result.append((start, i - 1))
            start = i
    return result


# ---- xlsx (LibreOffice) ----

THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
ALIGN = {"center": Alignment(horizontal="center", vertical="center", wrap_text=True),
         "left": Alignment(horizontal="left", vertical="center", wrap_text=True),
         "right": Alignment(horizontal="right", vertical="center", wrap_text=True),
         "top-left": Alignment(horizontal="left", vertical="top", wrap_text=True)}


def write_xlsx(form, grid, path):
    size = form["style"]["fontSize"]
    book = Workbook()
    sheet = book.active
    sheet.title = "自评表"
    heights, merged = {}, []
    for c in grid.cells:
        cell = sheet.cell(row=c.row, column=c.col)
        cell.value = c.text
        cell.data_type = "s"
        cell.font = Font(name=make_pdfs.FONT, size=c.size or size, bold=c.bold)
        cell.alignment = ALIGN[c.align]
        last_row, last_col = c.row + c.rowspan - 1, c.col + c.colspan - 1
        if c.rowspan > 1 or c.colspan > 1:
            sheet.merge_cells(start_row=c.row, start_column=c.col, end_row=last_row, end_column=last_col)
        if c.border:
            for r in range(c.row, last_row + 1):
                for col in range(c.col, last_col + 1):
                    sheet.cell(row=r, column=col).border = BOX
        width = sum(COLUMN_CM[c.col - 1:last_col])
        needed = make_pdfs.height_for(c.text, width, c.size or size)
        if c.rowspan == 1:
            heights[c.row] = max(heights.get(c.row, 0), needed)
        else:
            merged.append((c.row, last_row, needed))
    for first, last, needed in merged:
        have = sum(heights.get(r, 0) for r in range(first, last + 1))
        if have < needed:
            heights[first] = heights.get(first, 0) + needed - have
    for r, h in heights.items():
        sheet.row_dimensions[r].height = round(h, 1)
    for i, cm in enumerate(COLUMN_CM, start=1):
        sheet.column_dimensions[get_column_letter(i)].width = make_pdfs.excel_width(cm)
    if form["style"]["headerRepeated"]:
        sheet.print_title_rows = f"${grid.header_row}:${grid.header_row}"
    setup = sheet.page_setup
    setup.paperSize = sheet.PAPERSIZE_A4
    setup.orientation = "portrait"
    setup.fitToWidth = 1
    setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_options.horizontalCentered = True
    margins = sheet.page_margins
    margins.left = margins.right = 0.45
    margins.top = margins.bottom = 0.6
    margins.header = margins.footer = 0.3
    book.save(path)
    make_pdfs.write_text_as_runs(path)


# ---- HTML (Chromium) ----

SITE_NAV = ["首页", "政务公开", "政策文件", "办事服务", "互动交流", "走进{district}"]


def cell_html(c, tag="td"):
    attrs = []
    if c.colspan > 1:
        attrs.append(f'colspan="{c.colspan}"')
    if c.rowspan > 1:
        attrs.append(f'rowspan="{c.rowspan}"')
    classes = [c.align.replace("-", "")]
    if not c.border:
        classes.append("nb")
    if c.bold:
        classes.append("b")
    if c.size:
        classes.append("big")
    attrs.append(f'class="{" ".join(classes)}"')
    text = html.escape(c.text) if c.text else "&nbsp;"
    return f"<{tag} {' '.join(attrs)}>{text}</{tag}>"


def rows_html(cells, row_numbers, tag="td"):
    out = []
    for r in row_numbers:
        out.append("<tr>" + "".join(cell_html(c, tag) for c in sorted(cells, key=lambda c: c.col) if c.row == r)
                   + "</tr>")
    return "\n".join(out)


def write_html(form, grid, path):
    style = form["style"]
    cols = "".join(f'<col style="width:{cm / sum(COLUMN_CM) * 100:.2f}%">' for cm in COLUMN_CM)
    title_cells = [c for c in grid.cells if c.section == "title"]
    body_cells = [c for c in grid.cells if c.section != "title"]
    title_rows = sorted({c.row for c in title_cells})
    if style["htmlTitleInTable"]:
        first_rows = title_rows + list(range(max(title_rows) + 1, grid.header_row))
        heading = ""
    else:
        first_rows = list(range(max(title_rows) + 1, grid.header_row))
        heading = "\n".join(
            f'<p class="ftitle">{html.escape(" ".join(c.text for c in title_cells if c.row == r))}</p>'
            for r in title_rows)
    indicator_rows = list(range(grid.header_row, grid.rows + 1))
    if style["headerRepeated"]:
        # the indicator table in a table of its own whose header row repeats on every printed page
        head = [c for c in body_cells if c.row == grid.header_row]
        n = len(form["indicators"])
        head_html = "<tr>" + "".join(cell_html(Cell(c.row, c.col, c.text, c.colspan, 1, c.align), "td")
                                     for c in head) + "</tr>"
        body = []
        for r in indicator_rows[1:]:
            cells = sorted((c for c in body_cells if c.row == r), key=lambda c: c.col)
            line = "".join(cell_html(c) for c in cells)
            if r == grid.header_row + 1:
                line = f'<td rowspan="{n}" class="center">&nbsp;</td>' + line
            body.append("<tr>" + line + "</tr>")
        tables = (f'<table class="form">{cols}<tbody>{rows_html(grid.cells, first_rows)}</tbody></table>\n'
                  f'<table class="form cont">{cols}<thead>{head_html}</thead><tbody>{"".join(body)}</tbody></table>')
    else:
        tables = f'<table class="form">{cols}<tbody>{rows_html(grid.cells, first_rows + indicator_rows)}</tbody></table>'
    district = form["department"][3:6] if form["department"].startswith("北京市") else "北京"
    nav = " | ".join(n.format(district=district) for n in SITE_NAV)
    page = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{html.escape(form['department'])}{form['year']}年度项目绩效自评结果公开</title>
<style>
@page {{ size: A4; margin: 12mm 10mm; }}
body {{ font-family: "{style['htmlFont']}", serif; font-size: {style['fontSize']}pt; color: #000; }}
.top {{ border-bottom: 2px solid #b00; padding: 4px 0; font-size: 10pt; color: #b00; }}
.crumb, .meta, .foot {{ font-size: 9pt; color: #555; margin: 6px 0; }}
h1 {{ font-size: 15pt; text-align: center; margin: 10px 0; }}
p.ftitle {{ text-align: center; margin: 2px 0; }}
p.ftitle:first-of-type {{ font-size: 16pt; font-weight: bold; }}
table.form {{ border-collapse: collapse; width: 100%; table-layout: fixed; }}
table.form.cont {{ margin-top: -1px; }}
table.form td {{ border: {style['htmlBorder']}; padding: 2px 3px; word-break: break-all; vertical-align: middle; }}
table.form thead {{ display: table-header-group; }}
table.form tr {{ break-inside: avoid; }}
td.center {{ text-align: center; }} td.left {{ text-align: left; }} td.right {{ text-align: right; }}
td.topleft {{ text-align: left; vertical-align: top; }}
td.nb {{ border: none !important; }} td.b {{ font-weight: bold; }} td.big {{ font-size: 16pt; }}
</style></head>
<body>
<div class="top">{html.escape(form['department'])}门户网站　{nav}</div>
<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 财政信息 &gt; 预决算公开</div>
<h1>{html.escape(form['department'])}{form['year']}年度项目绩效自评结果公开</h1>
<div class="meta">发布日期：{int(form['year']) + 1}-06-20　来源：{html.escape(form['department'])}　【字体：大 中 小】　打印本页</div>
{heading}
{tables}
<div class="foot">主办单位：{html.escape(form['department'])}　网站标识码：1100000011　京ICP备05060933号</div>
</body></html>
"""
    Path(path).write_text(page, encoding="utf-8")
    return copied_rows(form, grid, title_cells, title_rows, first_rows, indicator_rows)


def copied_rows(form, grid, title_cells, title_rows, first_rows, indicator_rows):
    """The page's form as a reader copies it: title lines, then each table row as its cells in document order."""
    rows = []
    if not form["style"]["htmlTitleInTable"]:
        rows.extend([" ".join(c.text for c in title_cells if c.row == r)] for r in title_rows)
    for r in first_rows + indicator_rows:
        cells = sorted((c for c in grid.cells if c.row == r), key=lambda c: c.col)
        texts = [c.text for c in cells]
        if form["style"]["headerRepeated"] and r == grid.header_row + 1:
            texts = [""] + texts
        rows.append(texts)
    return rows
