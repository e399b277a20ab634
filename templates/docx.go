package templates

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/yuin/goldmark/ast"
	extast "github.com/yuin/goldmark/extension/ast"

	"github.com/socialstrategy/socialstrategy/strategy"
)

// The Word document is WordprocessingML (Office Open XML, ISO/IEC 29500)
// written here from the parsed Markdown, with the standard library's zip
// and XML escaping. The README says why no library: the pure-Go ones were
// unmaintained or paid for, and the parts a strategy needs (headings,
// paragraphs, lists, tables, a footer) are a few hundred lines.

// docxEpoch is the time stamped on every file in the archive, so the same
// plan gives the same bytes.
var docxEpoch = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)

// A4 in twentieths of a point (twips) and its margins: 2 cm.
const (
	pageWidth  = 11906
	pageHeight = 16838
	pageMargin = 1134
	textWidth  = pageWidth - 2*pageMargin
)

// wordLang is the language tag Word's spelling and hyphenation use.
func wordLang(lang string) string {
	switch lang {
	case strategy.LangBokmal:
		return "nb-NO"
	case "nn":
		return "nn-NO"
	}
	return "en-GB"
}

// RenderDOCX writes the plan as a Word document (.docx): Word's own
// heading styles (Heading 1 to 6, so the navigation pane and a table of
// contents work), bulleted and numbered lists, tables whose header row
// repeats and whose rows do not split across pages, A4 pages numbered in
// the footer, and the title and author in the document properties. It is
// made from the Markdown document's structure, like RenderHTML; text is
// written as text, so user text never becomes markup. Nothing is written
// unless the whole document was made.
func RenderDOCX(w io.Writer, p *strategy.Plan, opts Options) error {
	d, err := parseDocument(p, opts)
	if err != nil {
		return err
	}
	dw := &docxWriter{src: d.src}
	dw.body(d.root)

	var out bytes.Buffer
	z := zip.NewWriter(&out)
	// One compressor for all the parts: each costs about a megabyte.
	fw := deflaters.Get().(*flate.Writer)
	defer deflaters.Put(fw)
	z.RegisterCompressor(zip.Deflate, func(w io.Writer) (io.WriteCloser, error) {
		fw.Reset(w)
		return fw, nil
	})
	parts := []struct{ name, body string }{
		{"[Content_Types].xml", contentTypes},
		{"_rels/.rels", packageRels},
		{"docProps/core.xml", coreProps(d)},
		{"docProps/app.xml", appProps},
		{"word/_rels/document.xml.rels", dw.rels()},
		{"word/document.xml", dw.document()},
		{"word/styles.xml", styles(d.lang)},
		{"word/numbering.xml", dw.numbering()},
		{"word/settings.xml", settings},
		{"word/footer1.xml", footer(d.lang)},
	}
	for _, part := range parts {
		f, err := z.CreateHeader(&zip.FileHeader{Name: part.name, Method: zip.Deflate, Modified: docxEpoch})
		if err != nil {
			return err
		}
		if _, err := io.WriteString(f, part.body); err != nil {
			return err
		}
	}
	if err := z.Close(); err != nil {
		return err
	}
	_, err = w.Write(out.Bytes())
	return err
}

// deflaters keeps compressors between documents.
var deflaters = sync.Pool{New: func() any {
	fw, _ := flate.NewWriter(io.Discard, flate.BestSpeed)
	return fw
}}

const xmlHeader = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"

const (
	nsW = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`
	nsR = `xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`
)

const contentTypes = xmlHeader + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
	`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
	`<Default Extension="xml" ContentType="application/xml"/>` +
	`<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
	`<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>` +
	`<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>` +
	`<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>` +
	`<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>` +
	`<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>` +
	`<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>` +
	`</Types>`

const packageRels = xmlHeader + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
	`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>` +
	`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
	`<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>` +
	`</Relationships>`

const appProps = xmlHeader + `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">` +
	`<Application>socialstrategy</Application></Properties>`

const settings = xmlHeader + `<w:settings ` + nsW + `><w:defaultTabStop w:val="709"/>` +
	`<w:characterSpacingControl w:val="doNotCompress"/>` +
	`<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>` +
	`</w:settings>`

// xmlText escapes text for XML character data and attribute values.
// Characters XML cannot hold (most control characters) become U+FFFD.
func xmlText(s string) string {
	var b strings.Builder
	_ = xml.EscapeText(&b, []byte(s))
	return b.String()
}

func coreProps(d *document) string {
	return xmlHeader + `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
		`xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ` +
		`xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
		`<dc:title>` + xmlText(d.title) + `</dc:title>` +
		`<dc:creator>` + xmlText(d.author) + `</dc:creator>` +
		`<dc:language>` + wordLang(d.lang) + `</dc:language>` +
		`</cp:coreProperties>`
}

func footer(lang string) string {
	field := func(instr string) string {
		return `<w:fldSimple w:instr=" ` + instr + ` "><w:r><w:t>1</w:t></w:r></w:fldSimple>`
	}
	words := strings.Split(pageLabel.In(lang), "%s")
	var b strings.Builder
	b.WriteString(xmlHeader + `<w:ftr ` + nsW + ` ` + nsR + `><w:p><w:pPr><w:pStyle w:val="Footer"/><w:jc w:val="right"/></w:pPr>`)
	for i, w := range words {
		if w != "" {
			b.WriteString(`<w:r><w:t xml:space="preserve">` + xmlText(w) + `</w:t></w:r>`)
		}
		switch i {
		case 0:
			b.WriteString(field("PAGE"))
		case 1:
			b.WriteString(field("NUMPAGES"))
		}
	}
	b.WriteString(`</w:p></w:ftr>`)
	return b.String()
}

// styles returns styles.xml: Word's built-in styles by their built-in
// names ("heading 1", "List Paragraph", "Quote", "Table Grid"), so Word
// treats them as its own.
func styles(lang string) string {
	var b strings.Builder
	b.WriteString(xmlHeader + `<w:styles ` + nsW + `>`)
	b.WriteString(`<w:docDefaults><w:rPrDefault><w:rPr>` +
		`<w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:eastAsia="Calibri" w:cs="Calibri"/>` +
		`<w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="` + wordLang(lang) + `"/></w:rPr></w:rPrDefault>` +
		`<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>`)
	b.WriteString(`<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>` +
		`<w:pPr><w:widowControl/></w:pPr></w:style>`)
	sizes := []int{40, 30, 26, 23, 22, 22} // half-points
	for l := 1; l <= 6; l++ {
		color := "0B4F8A"
		border := ""
		if l == 1 {
			color = "1B1F24"
		}
		if l == 2 {
			border = `<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="2" w:color="767F8C"/></w:pBdr>`
		}
		before := 360
		if l > 2 {
			before = 240
		}
		fmt.Fprintf(&b, `<w:style w:type="paragraph" w:styleId="Heading%d"><w:name w:val="heading %d"/>`+
			`<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>`+
			`<w:pPr><w:keepNext/><w:keepLines/>%s<w:spacing w:before="%d" w:after="120"/><w:outlineLvl w:val="%d"/></w:pPr>`+
			`<w:rPr><w:b/><w:bCs/><w:color w:val="%s"/><w:sz w:val="%d"/><w:szCs w:val="%d"/></w:rPr></w:style>`,
			l, l, border, before, l-1, color, sizes[l-1], sizes[l-1])
	}
	b.WriteString(`<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/>` +
		`<w:basedOn w:val="Normal"/><w:uiPriority w:val="34"/><w:qFormat/>` +
		`<w:pPr><w:spacing w:after="60"/><w:ind w:left="720"/></w:pPr></w:style>`)
	b.WriteString(`<w:style w:type="paragraph" w:styleId="Quote"><w:name w:val="Quote"/>` +
		`<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="29"/><w:qFormat/>` +
		`<w:pPr><w:keepLines/><w:pBdr><w:left w:val="single" w:sz="24" w:space="8" w:color="767F8C"/></w:pBdr>` +
		`<w:shd w:val="clear" w:color="auto" w:fill="F3F5F8"/><w:ind w:left="284" w:right="284"/></w:pPr></w:style>`)
	b.WriteString(`<w:style w:type="paragraph" w:styleId="SourceCode"><w:name w:val="Source Code"/>` +
		`<w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0"/></w:pPr>` +
		`<w:rPr><w:rFonts w:ascii="Consolas" w:hAnsi="Consolas" w:cs="Consolas"/><w:sz w:val="20"/></w:rPr></w:style>`)
	b.WriteString(`<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/>` +
		`<w:uiPriority w:val="99"/><w:pPr><w:spacing w:after="0"/></w:pPr><w:rPr><w:color w:val="333333"/><w:sz w:val="18"/></w:rPr></w:style>`)
	b.WriteString(`<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/>` +
		`<w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>`)
	b.WriteString(`<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/>` +
		`<w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>` +
		`<w:rPr><w:color w:val="0B4F8A"/><w:u w:val="single"/></w:rPr></w:style>`)
	b.WriteString(`<w:style w:type="character" w:styleId="VerbatimChar"><w:name w:val="Verbatim Char"/>` +
		`<w:basedOn w:val="DefaultParagraphFont"/><w:rPr><w:rFonts w:ascii="Consolas" w:hAnsi="Consolas" w:cs="Consolas"/></w:rPr></w:style>`)
	b.WriteString(`<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>` +
		`<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>` +
		`<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>` +
		`<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>`)
	line := func(side string) string {
		return `<w:` + side + ` w:val="single" w:sz="4" w:space="0" w:color="767F8C"/>`
	}
	b.WriteString(`<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/>` +
		`<w:basedOn w:val="TableNormal"/><w:uiPriority w:val="39"/>` +
		`<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr>` +
		`<w:tblPr><w:tblBorders>` + line("top") + line("left") + line("bottom") + line("right") + line("insideH") + line("insideV") +
		`</w:tblBorders><w:tblCellMar><w:top w:w="57" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>` +
		`<w:bottom w:w="57" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>`)
	b.WriteString(`</w:styles>`)
	return b.String()
}

// docxWriter turns the parsed document into WordprocessingML.
type docxWriter struct {
	src   []byte
	plain unescaper
	b     strings.Builder
	lists []bool   // per numbering instance: ordered or not; numId is index+1
	links []string // external link targets; relationship id rId(10+index)
	// starts holds each ordered list's first number, by numbering index.
	starts []int
	// afterTable is set while the block after a table is written: its
	// first paragraph gets room above, as the table has none below.
	afterTable bool
}

// para describes the paragraphs a block is written as.
type para struct {
	style string // paragraph style id; "" is Normal
	numID int    // numbering instance, 0 for none
	level int    // list nesting, 0 outside lists
}

// run is the formatting of a piece of text.
type run struct {
	bold, italic, code bool
	link               int // relationship index+1 of a hyperlink, 0 for none
}

func (d *docxWriter) s(s string) { d.b.WriteString(s) }

func (d *docxWriter) body(root ast.Node) {
	last := ast.Node(nil)
	for n := root.FirstChild(); n != nil; n = n.NextSibling() {
		_, d.afterTable = last.(*extast.Table)
		d.block(n, para{})
		last = n
	}
	if _, ok := last.(*extast.Table); ok || last == nil {
		d.s(`<w:p/>`) // Word wants a paragraph after a final table
	}
}

func (d *docxWriter) document() string {
	return xmlHeader + `<w:document ` + nsW + ` ` + nsR + `><w:body>` + d.b.String() +
		`<w:sectPr><w:footerReference w:type="default" r:id="rId4"/>` +
		fmt.Sprintf(`<w:pgSz w:w="%d" w:h="%d"/>`, pageWidth, pageHeight) +
		fmt.Sprintf(`<w:pgMar w:top="%d" w:right="%d" w:bottom="%d" w:left="%d" w:header="567" w:footer="567" w:gutter="0"/>`,
			pageMargin, pageMargin, pageMargin, pageMargin) +
		`</w:sectPr></w:body></w:document>`
}

func (d *docxWriter) rels() string {
	var b strings.Builder
	b.WriteString(xmlHeader + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`)
	const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
	b.WriteString(`<Relationship Id="rId1" Type="` + rel + `styles" Target="styles.xml"/>`)
	b.WriteString(`<Relationship Id="rId2" Type="` + rel + `numbering" Target="numbering.xml"/>`)
	b.WriteString(`<Relationship Id="rId3" Type="` + rel + `settings" Target="settings.xml"/>`)
	b.WriteString(`<Relationship Id="rId4" Type="` + rel + `footer" Target="footer1.xml"/>`)
	for i, l := range d.links {
		fmt.Fprintf(&b, `<Relationship Id="rId%d" Type="%shyperlink" Target="%s" TargetMode="External"/>`, 10+i, rel, xmlText(l))
	}
	b.WriteString(`</Relationships>`)
	return b.String()
}

// numbering returns numbering.xml: one bulleted and one numbered list
// definition, and one instance per list in the document, so each numbered
// list starts at its own first number.
func (d *docxWriter) numbering() string {
	var b strings.Builder
	b.WriteString(xmlHeader + `<w:numbering ` + nsW + `>`)
	bullets := []string{"•", "◦", "▪"}
	for id, ordered := range []bool{false, true} {
		fmt.Fprintf(&b, `<w:abstractNum w:abstractNumId="%d"><w:multiLevelType w:val="hybridMultilevel"/>`, id)
		for l := range 9 {
			format, text := "bullet", bullets[l%3]
			if ordered {
				format, text = "decimal", "%"+strconv.Itoa(l+1)+"."
			}
			fmt.Fprintf(&b, `<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="%s"/><w:lvlText w:val="%s"/>`+
				`<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="%d" w:hanging="360"/></w:pPr></w:lvl>`,
				l, format, text, 720+l*360)
		}
		b.WriteString(`</w:abstractNum>`)
	}
	for i, ordered := range d.lists {
		abstract := 0
		if ordered {
			abstract = 1
		}
		fmt.Fprintf(&b, `<w:num w:numId="%d"><w:abstractNumId w:val="%d"/>`, i+1, abstract)
		if ordered {
			fmt.Fprintf(&b, `<w:lvlOverride w:ilvl="0"><w:startOverride w:val="%d"/></w:lvlOverride>`, d.starts[i])
		}
		b.WriteString(`</w:num>`)
	}
	b.WriteString(`</w:numbering>`)
	return b.String()
}

// block writes a block node as paragraphs and tables.
func (d *docxWriter) block(n ast.Node, p para) {
	switch n := n.(type) {
	case *ast.Heading:
		d.paragraph(n, para{style: "Heading" + strconv.Itoa(n.Level)})
	case *ast.Paragraph, *ast.TextBlock:
		d.paragraph(n, p)
	case *ast.List:
		level := 0
		if p.numID != 0 || p.style == "ListParagraph" {
			level = p.level + 1
		}
		numID := 0
		if !isTaskList(n) {
			d.lists = append(d.lists, n.IsOrdered())
			d.starts = append(d.starts, max(n.Start, 1))
			numID = len(d.lists)
		}
		for item := n.FirstChild(); item != nil; item = item.NextSibling() {
			first := para{style: "ListParagraph", numID: numID, level: level}
			for c := item.FirstChild(); c != nil; c = c.NextSibling() {
				d.block(c, first)
				// Further paragraphs of the item line up with its text.
				first = para{style: "ListParagraph", level: level}
			}
		}
	case *ast.Blockquote:
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			d.block(c, para{style: "Quote"})
		}
	case *ast.ThematicBreak:
		d.s(`<w:p><w:pPr><w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="767F8C"/></w:pBdr></w:pPr></w:p>`)
	case *ast.CodeBlock, *ast.FencedCodeBlock, *ast.HTMLBlock:
		// Code and HTML a template wrote show as text, as written.
		lines := n.Lines()
		var text []string
		for i := range lines.Len() {
			seg := lines.At(i)
			text = append(text, strings.TrimRight(string(seg.Value(d.src)), "\n"))
		}
		if hb, ok := n.(*ast.HTMLBlock); ok && hb.HasClosure() {
			text = append(text, strings.TrimRight(string(hb.ClosureLine.Value(d.src)), "\n"))
		}
		for _, l := range text {
			d.s(`<w:p><w:pPr><w:pStyle w:val="SourceCode"/></w:pPr>`)
			d.text(l, run{})
			d.s(`</w:p>`)
		}
	case *extast.Table:
		d.table(n)
	default:
		if n.Type() == ast.TypeInline {
			d.s(`<w:p>`)
			d.inline(n, run{})
			d.s(`</w:p>`)
			return
		}
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			d.block(c, p)
		}
	}
}

func (d *docxWriter) pPr(p para) {
	space := d.afterTable
	d.afterTable = false
	if p.style == "" && p.numID == 0 && !space {
		return
	}
	d.s(`<w:pPr>`)
	if p.style != "" {
		d.s(`<w:pStyle w:val="` + p.style + `"/>`)
	}
	if p.numID != 0 {
		fmt.Fprintf(&d.b, `<w:numPr><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>`, p.level, p.numID)
	}
	if space {
		d.s(`<w:spacing w:before="160"/>`)
	}
	if p.numID == 0 && p.style == "ListParagraph" {
		fmt.Fprintf(&d.b, `<w:ind w:left="%d"/>`, 720+p.level*360)
	}
	d.s(`</w:pPr>`)
}

func (d *docxWriter) paragraph(n ast.Node, p para) {
	d.s(`<w:p>`)
	d.pPr(p)
	d.inlines(n, run{})
	d.s(`</w:p>`)
}

func (d *docxWriter) table(t *extast.Table) {
	cols := 0
	for r := t.FirstChild(); r != nil; r = r.NextSibling() {
		cols = max(cols, r.ChildCount())
	}
	if cols == 0 {
		return
	}
	d.s(`<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="5000" w:type="pct"/>` +
		`<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>`)
	for _, w := range columnWidths(t, cols, d.src) {
		fmt.Fprintf(&d.b, `<w:gridCol w:w="%d"/>`, w)
	}
	d.s(`</w:tblGrid>`)
	for r := t.FirstChild(); r != nil; r = r.NextSibling() {
		_, head := r.(*extast.TableHeader)
		d.s(`<w:tr><w:trPr><w:cantSplit/>`)
		if head {
			d.s(`<w:tblHeader/>`)
		}
		d.s(`</w:trPr>`)
		i := 0
		for c := r.FirstChild(); c != nil; c = c.NextSibling() {
			d.s(`<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/>`)
			if head {
				d.s(`<w:shd w:val="clear" w:color="auto" w:fill="E8EEF5"/>`)
			}
			d.s(`</w:tcPr><w:p>`)
			if tc, ok := c.(*extast.TableCell); ok && tc.Alignment != extast.AlignLeft && tc.Alignment != extast.AlignNone {
				jc := "center"
				if tc.Alignment == extast.AlignRight {
					jc = "right"
				}
				d.s(`<w:pPr><w:jc w:val="` + jc + `"/></w:pPr>`)
			}
			d.inlines(c, run{bold: head})
			d.s(`</w:p></w:tc>`)
			i++
		}
		for ; i < cols; i++ {
			d.s(`<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr><w:p/></w:tc>`)
		}
		d.s(`</w:tr>`)
	}
	d.s(`</w:tbl>`)
}

func (d *docxWriter) inlines(n ast.Node, r run) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		d.inline(c, r)
	}
}

// inline writes an inline node as runs. Text is unescaped from Markdown
// and escaped for XML; links are links only to http, https and mailto.
func (d *docxWriter) inline(n ast.Node, r run) {
	switch n := n.(type) {
	case *ast.Text:
		var v string
		if n.IsRaw() || inCode(n) {
			v = string(n.Value(d.src))
		} else {
			v = d.plain.text(n.Value(d.src))
		}
		d.text(v, r)
		switch {
		case n.HardLineBreak():
			d.s(`<w:r><w:br/></w:r>`)
		case n.SoftLineBreak():
			d.text(" ", r)
		}
	case *ast.String:
		d.text(string(n.Value), r)
	case *ast.Emphasis:
		if n.Level >= 2 {
			r.bold = true
		} else {
			r.italic = true
		}
		d.inlines(n, r)
	case *ast.CodeSpan:
		r.code = true
		d.inlines(n, r)
	case *ast.Link:
		d.link(n.Destination, r, func(r run) { d.inlines(n, r) })
	case *ast.AutoLink:
		u := n.URL(d.src)
		if n.AutoLinkType == ast.AutoLinkEmail {
			u = append([]byte("mailto:"), u...)
		}
		d.link(u, r, func(r run) { d.text(string(n.Label(d.src)), r) })
	case *ast.RawHTML:
		for i := range n.Segments.Len() {
			seg := n.Segments.At(i)
			d.text(string(seg.Value(d.src)), r)
		}
	case *extast.TaskCheckBox:
		box := "☐ "
		if n.IsChecked {
			box = "☒ "
		}
		d.text(box, r)
	default:
		d.inlines(n, r)
	}
}

func (d *docxWriter) link(dest []byte, r run, body func(run)) {
	href, ok := safeURL(dest)
	if !ok {
		body(r)
		return
	}
	d.links = append(d.links, href)
	fmt.Fprintf(&d.b, `<w:hyperlink r:id="rId%d" w:history="1">`, 10+len(d.links)-1)
	r.link = len(d.links)
	body(r)
	d.s(`</w:hyperlink>`)
}

// text writes one run of text with the given formatting.
func (d *docxWriter) text(s string, r run) {
	if s == "" {
		return
	}
	d.s(`<w:r>`)
	if r.bold || r.italic || r.code || r.link != 0 {
		d.s(`<w:rPr>`)
		switch {
		case r.link != 0:
			d.s(`<w:rStyle w:val="Hyperlink"/>`)
		case r.code:
			d.s(`<w:rStyle w:val="VerbatimChar"/>`)
		}
		if r.bold {
			d.s(`<w:b/><w:bCs/>`)
		}
		if r.italic {
			d.s(`<w:i/><w:iCs/>`)
		}
		d.s(`</w:rPr>`)
	}
	d.s(`<w:t xml:space="preserve">`)
	d.s(xmlText(s))
	d.s(`</w:t></w:r>`)
}

// columnWidths shares the text width between a table's columns by the
// length of their longest text, as a browser's automatic table layout
// does: short columns (a channel's name, an owner) stay narrow and long
// ones get the room, within 12 to 40 characters' worth each; and no
// column is narrower than its longest word, so names are not broken.
func columnWidths(t *extast.Table, cols int, src []byte) []int {
	weight := make([]int, cols)
	word := make([]int, cols) // the longest word, in characters
	for r := t.FirstChild(); r != nil; r = r.NextSibling() {
		i := 0
		for c := r.FirstChild(); c != nil && i < cols; c = c.NextSibling() {
			text := plainText(c, src)
			weight[i] = max(weight[i], len([]rune(text)))
			for _, w := range strings.Fields(text) {
				word[i] = max(word[i], len([]rune(w)))
			}
			i++
		}
	}
	total := 0
	for i := range weight {
		weight[i] = min(max(weight[i], 12), 40)
		total += weight[i]
	}
	widths := make([]int, cols)
	for i, w := range weight {
		widths[i] = textWidth * w / total
	}
	// About 120 twips a character at 10 points, and the cell's margins.
	for i := range widths {
		need := min(word[i]*120+240, textWidth/cols)
		if widths[i] >= need {
			continue
		}
		widest := 0
		for j := range widths {
			if widths[j] > widths[widest] {
				widest = j
			}
		}
		if give := need - widths[i]; widths[widest]-give >= textWidth/cols {
			widths[widest] -= give
			widths[i] = need
		}
	}
	return widths
}
