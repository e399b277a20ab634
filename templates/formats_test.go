package templates

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/yuin/goldmark/ast"
	"golang.org/x/net/html"

	"github.com/socialstrategy/socialstrategy/strategy"
)

// formatPlan is a plan every format is tested with.
type formatPlan struct {
	name string
	plan *strategy.Plan
}

// formatPlans are the golden plans in both languages, the answers files
// in strategy/testdata that load, and the 20-channel plan.
func formatPlans(t testing.TB) []formatPlan {
	var plans []formatPlan
	for _, lang := range strategy.Languages {
		plans = append(plans,
			formatPlan{"example_" + lang, strategy.Example(lang)},
			formatPlan{"none_" + lang, noPresence(lang)},
			formatPlan{"required_" + lang, requiredOnly(lang)},
			formatPlan{"none_required_" + lang, noPresenceRequired(lang)},
		)
	}
	for _, f := range []string{"example-en", "example-nb", "hostile", "none", "required", "large"} {
		p, err := strategy.Load(filepath.Join("..", "strategy", "testdata", f+".yaml"))
		if err != nil {
			t.Fatal(err)
		}
		plans = append(plans, formatPlan{"testdata_" + f, p})
	}
	return plans
}

func mustRenderFormat(t testing.TB, p *strategy.Plan, opts Options, f Format) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := RenderFormat(&b, p, opts, f); err != nil {
		t.Fatalf("RenderFormat(%s, %+v, %s) error = %v", p.Organisation.Name, opts, f, err)
	}
	return b.Bytes()
}

// heading is one entry of a document's outline.
type heading struct {
	Level int
	Text  string
}

// mdOutline is the heading outline of a Markdown document.
func mdOutline(md string) []heading {
	doc, src := parseMarkdown(md)
	var out []heading
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if h, ok := n.(*ast.Heading); ok && entering {
			out = append(out, heading{h.Level, inlineText(h, src)})
		}
		return ast.WalkContinue, nil
	})
	return out
}

// htmlDoc is what the tests read from an HTML page.
type htmlDoc struct {
	lang, title string
	outline     []heading
	text        string   // the body's text, white space folded
	tags        []string // every element
	attrs       []string // every attribute, as tag.name
}

var allowedTags = []string{
	"html", "head", "meta", "title", "style", "body", "main", "header", "section",
	"h1", "h2", "h3", "h4", "h5", "h6", "p", "ul", "ol", "li", "strong", "em", "code", "pre", "span",
	"blockquote", "hr", "br", "table", "thead", "tbody", "tr", "th", "td", "input",
}

var allowedAttrs = []string{
	"html.lang", "meta.charset", "meta.name", "meta.content", "meta.http-equiv",
	"header.class", "ul.class", "span.class", "ol.start", "th.scope", "th.class", "td.class",
	"input.type", "input.disabled", "input.checked",
}

func readHTML(t testing.TB, page []byte) htmlDoc {
	t.Helper()
	root, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		t.Fatalf("html.Parse: %v", err)
	}
	var d htmlDoc
	var body strings.Builder
	var text func(n *html.Node) string
	text = func(n *html.Node) string {
		var b strings.Builder
		for c := range n.Descendants() {
			if c.Type == html.TextNode {
				b.WriteString(c.Data)
			}
		}
		return fold(b.String())
	}
	inBody := false
	for n := range root.Descendants() {
		switch n.Type {
		case html.ElementNode:
			d.tags = append(d.tags, n.Data)
			for _, a := range n.Attr {
				d.attrs = append(d.attrs, n.Data+"."+a.Key)
				if n.Data == "html" && a.Key == "lang" {
					d.lang = a.Val
				}
			}
			switch n.Data {
			case "title":
				d.title = text(n)
			case "body":
				inBody = true
			case "h1", "h2", "h3", "h4", "h5", "h6":
				d.outline = append(d.outline, heading{int(n.Data[1] - '0'), text(n)})
			case "br":
				body.WriteByte(' ')
			}
		case html.TextNode:
			if inBody {
				body.WriteString(n.Data)
				body.WriteByte(' ')
			}
		}
	}
	d.text = fold(body.String())
	return d
}

// docxDoc is what the tests read from a Word document.
type docxDoc struct {
	parts     map[string][]byte
	outline   []heading
	text      string // document.xml's text, white space folded
	styles    []string
	title     string
	creator   string
	tableRows int
}

func readDOCX(t testing.TB, data []byte) docxDoc {
	t.Helper()
	z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatalf("zip.NewReader: %v", err)
	}
	d := docxDoc{parts: map[string][]byte{}}
	for _, f := range z.File {
		r, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(r)
		if err != nil {
			t.Fatalf("reading %s: %v", f.Name, err)
		}
		d.parts[f.Name] = b
		// Every part is well-formed XML.
		dec := xml.NewDecoder(bytes.NewReader(b))
		for {
			if _, err := dec.Token(); err == io.EOF {
				break
			} else if err != nil {
				t.Fatalf("%s is not well-formed XML: %v\n%s", f.Name, err, b)
			}
		}
	}
	for _, name := range []string{"[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml", "word/_rels/document.xml.rels", "docProps/core.xml"} {
		if d.parts[name] == nil {
			t.Fatalf("the document has no %s", name)
		}
	}

	var core struct {
		Title   string `xml:"title"`
		Creator string `xml:"creator"`
	}
	if err := xml.Unmarshal(d.parts["docProps/core.xml"], &core); err != nil {
		t.Fatal(err)
	}
	d.title, d.creator = core.Title, core.Creator

	dec := xml.NewDecoder(bytes.NewReader(d.parts["word/document.xml"]))
	var all, para strings.Builder
	style, inText := "", false
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			switch tok.Name.Local {
			case "p":
				style = ""
				para.Reset()
			case "pStyle":
				for _, a := range tok.Attr {
					if a.Name.Local == "val" {
						style = a.Value
						d.styles = append(d.styles, a.Value)
					}
				}
			case "t":
				inText = true
			case "br", "tab":
				para.WriteByte(' ')
			case "tr":
				d.tableRows++
			}
		case xml.EndElement:
			switch tok.Name.Local {
			case "t":
				inText = false
			case "p":
				if l, ok := strings.CutPrefix(style, "Heading"); ok {
					n, _ := strconv.Atoi(l)
					d.outline = append(d.outline, heading{n, fold(para.String())})
				}
				all.WriteString(para.String())
				all.WriteByte(' ')
			}
		case xml.CharData:
			if inText {
				para.Write(tok)
			}
		}
	}
	d.text = fold(all.String())
	return d
}

// mdText is the text a Markdown viewer shows, the check boxes as text.
func mdText(md string) string {
	var b bytes.Buffer
	if err := reader.Convert([]byte(md), &b); err != nil {
		panic(err)
	}
	return readerText(b.String())
}

// formatText is the text of a format's document, the check boxes left out.
func formatText(t testing.TB, f Format, doc []byte) string {
	switch f {
	case HTML:
		return readHTML(t, doc).text
	case DOCX:
		return strings.ReplaceAll(readDOCX(t, doc).text, "☐ ", "")
	}
	return mdText(string(doc))
}

func TestFormatsOfEveryPlan(t *testing.T) {
	// Every golden plan in both languages, with and without the checklist,
	// in every format: the same outline, every answer, nothing else.
	for _, fp := range formatPlans(t) {
		for _, lang := range strategy.Languages {
			for _, checklist := range []bool{false, true} {
				opts := Options{Lang: lang, Checklist: checklist}
				name := fmt.Sprintf("%s/%s/checklist=%v", fp.name, lang, checklist)
				t.Run(name, func(t *testing.T) {
					tokens := fillPlan(fp.plan, userToken)
					checkFormats(t, tokens, opts)
					checkFormats(t, fp.plan, opts)
				})
			}
		}
	}
}

// checkFormats renders p in every format and compares each with the
// Markdown document: outline, title, language and every user text.
func checkFormats(t *testing.T, p *strategy.Plan, opts Options) {
	t.Helper()
	md := mustRender(t, p, opts)
	wantOutline := mdOutline(md)
	wantText := mdText(md)
	lang := cmpOr(opts.Lang, p.Language)

	page := mustRenderFormat(t, p, opts, HTML)
	h := readHTML(t, page)
	if !slices.Equal(h.outline, wantOutline) {
		t.Errorf("HTML outline = %v, want the Markdown's %v", h.outline, wantOutline)
	}
	if h.lang != lang {
		t.Errorf("HTML <html lang> = %q, want %q", h.lang, lang)
	}
	if h.title == "" || h.title != wantOutline[0].Text {
		t.Errorf("HTML <title> = %q, want the first heading %q", h.title, wantOutline[0].Text)
	}
	for _, tag := range h.tags {
		if !slices.Contains(allowedTags, tag) {
			t.Errorf("HTML has a <%s> element, want only %v", tag, allowedTags)
		}
	}
	for _, a := range h.attrs {
		if !slices.Contains(allowedAttrs, a) {
			t.Errorf("HTML has the attribute %s", a)
		}
	}
	if h.text != wantText {
		t.Errorf("HTML text differs from the Markdown's:\n%s\nwant\n%s", h.text, wantText)
	}

	doc := readDOCX(t, mustRenderFormat(t, p, opts, DOCX))
	if !slices.Equal(doc.outline, wantOutline) {
		t.Errorf("DOCX outline = %v, want the Markdown's %v", doc.outline, wantOutline)
	}
	if doc.title != wantOutline[0].Text {
		t.Errorf("DOCX title = %q, want %q", doc.title, wantOutline[0].Text)
	}
	if want := xmlSafe(author(p)); fold(doc.creator) != want {
		t.Errorf("DOCX author = %q, want %q", doc.creator, want)
	}
	if got := strings.ReplaceAll(doc.text, "☐ ", ""); got != xmlSafe(wantText) {
		t.Errorf("DOCX text differs from the Markdown's:\n%s\nwant\n%s", got, xmlSafe(wantText))
	}
}

// xmlSafe is s as XML can hold it: characters XML 1.0 forbids are U+FFFD.
func xmlSafe(s string) string {
	var b bytes.Buffer
	_ = xml.EscapeText(&b, []byte(s))
	var out string
	_ = xml.Unmarshal([]byte("<x>"+b.String()+"</x>"), &out)
	return fold(out)
}

func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

func TestFormatsHostileText(t *testing.T) {
	// Text that means something to Markdown, HTML or the template engine
	// in every field: each format shows it as written, as often as the
	// Markdown does, and gets no element from it.
	for _, base := range []formatPlan{{"full", strategy.Example(strategy.LangEnglish)}, {"none", noPresence(strategy.LangBokmal)}} {
		for i, h := range hostile {
			t.Run(fmt.Sprintf("%s/%d", base.name, i), func(t *testing.T) {
				p := fillPlan(base.plan, func(int) string { return h })
				opts := Options{Checklist: true}
				checkFormats(t, p, opts)
				md := mustRender(t, p, opts)
				w := fold(h)
				want := strings.Count(mdText(md), w)
				if want == 0 {
					t.Fatalf("the Markdown does not show %q", h)
				}
				for _, f := range []Format{HTML, DOCX} {
					text := formatText(t, f, mustRenderFormat(t, p, opts, f))
					if got := strings.Count(text, w); got != want {
						t.Errorf("%s shows %q %d times, want %d as in the Markdown", f, h, got, want)
					}
				}
			})
		}
	}
}

func TestHTMLPage(t *testing.T) {
	page := string(mustRenderFormat(t, strategy.Example(strategy.LangBokmal), Options{}, HTML))
	for _, want := range []string{
		"<!DOCTYPE html>\n<html lang=\"nb\">",
		"<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">",
		"<title>Solsiden Bakeri – strategi for sosiale medier</title>",
		"<header class=\"doc-control\">\n<h1>",
		"@page { size: A4;", `content: "Side " counter(page) " av " counter(pages) ""`,
		"@media print", "@media (prefers-color-scheme: dark)",
		"tr, blockquote, pre { break-inside: avoid;", "break-after: avoid",
		"thead { display: table-header-group; }",
		`a[href]::after { content: " (" attr(href) ")";`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("RenderHTML has no %q", want)
		}
	}
	for _, bad := range []string{"<script", "http://", "https://", "url(", "@import", "<link", "src="} {
		if strings.Contains(strings.ToLower(page), bad) {
			t.Errorf("RenderHTML has %q: the page must need nothing from the network and run nothing", bad)
		}
	}
}

// customTemplate uses everything Markdown has, to show that the HTML and
// Word writers follow any template's structure.
const customTemplate = `# {{text .Organisation.Name}}

Version 1.0 · *draft*

## Lists

1. first
2. second
   - nested **bold** and ` + "`code`" + `
3. third

Then:

5. starts at five

- [ ] open
- [x] done

## Links and HTML

See <https://example.com/a?b=1&c=2>, [the guide](https://example.com/guide), [bad](javascript:alert(1)) and <b>raw</b>.
![an image](https://example.com/x.png)

<div onclick="x()">block html</div>

> quoted
> text

---

` + "```" + `
code <line>
` + "```" + `

| left | centre | right |
| :--- | :---: | ---: |
| a | b | c |
| only one |
`

func TestFormatsFollowAnyTemplate(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "all.md.tmpl")
	if err := writeFile(path, customTemplate); err != nil {
		t.Fatal(err)
	}
	p := strategy.Example(strategy.LangEnglish)
	opts := Options{TemplateFile: path}
	md := mustRender(t, p, opts)

	page := string(mustRenderFormat(t, p, opts, HTML))
	for _, want := range []string{
		"<header class=\"doc-control\">\n<h1>Solsiden Bakeri</h1>\n<p>Version 1.0 · <em>draft</em></p>\n</header>",
		"<ol>\n<li>first</li>\n<li>second\n<ul>\n<li>nested <strong>bold</strong> and <code>code</code></li>\n</ul>\n</li>\n<li>third</li>\n</ol>\n<p>Then:</p>\n<ol start=\"5\">",
		"<ol start=\"5\">",
		"<ul class=\"tasks\">\n<li><input type=\"checkbox\" disabled> open</li>\n<li><input type=\"checkbox\" disabled checked> done</li>",
		`<a href="https://example.com/a?b=1&amp;c=2">https://example.com/a?b=1&amp;c=2</a>`,
		`<a href="https://example.com/guide">the guide</a>`,
		"bad and &lt;b&gt;raw&lt;/b&gt;.",
		"<pre>&lt;div onclick=&quot;x()&quot;&gt;block html&lt;/div&gt;\n</pre>",
		"<blockquote>\n<p>quoted\ntext</p>\n</blockquote>", "<hr>",
		"<pre>code &lt;line&gt;\n</pre>",
		`<th scope="col" class="center">centre</th>`, `<td class="right">c</td>`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("RenderHTML(custom template) has no %q\n%s", want, page[strings.Index(page, "<main>"):])
		}
	}
	if h := readHTML(t, []byte(page)); !slices.Equal(h.outline, mdOutline(md)) {
		t.Errorf("HTML outline = %v, want %v", h.outline, mdOutline(md))
	}

	doc := readDOCX(t, mustRenderFormat(t, p, opts, DOCX))
	document := string(doc.parts["word/document.xml"])
	for _, want := range []string{
		`<w:pStyle w:val="Heading1"/>`, `<w:pStyle w:val="Heading2"/>`,
		`<w:numPr><w:ilvl w:val="1"/>`, `<w:pStyle w:val="Quote"/>`, `<w:pStyle w:val="SourceCode"/>`,
		`<w:rStyle w:val="VerbatimChar"/>`, `<w:tblHeader/>`, `<w:cantSplit/>`, `<w:jc w:val="right"/>`,
		`<w:hyperlink r:id="rId10"`, `<w:t xml:space="preserve">☒ </w:t>`,
		`>&lt;b&gt;</w:t>`, `>&lt;/b&gt;</w:t>`, `&lt;div onclick=&#34;x()&#34;&gt;block html&lt;/div&gt;`,
	} {
		if !strings.Contains(document, want) {
			t.Errorf("RenderDOCX(custom template) has no %q\n%s", want, document)
		}
	}
	rels := string(doc.parts["word/_rels/document.xml.rels"])
	if !strings.Contains(rels, `Target="https://example.com/guide" TargetMode="External"`) || strings.Contains(rels, "javascript") {
		t.Errorf("RenderDOCX links = %s, want the https links only", rels)
	}
	numbering := string(doc.parts["word/numbering.xml"])
	if !strings.Contains(numbering, `<w:startOverride w:val="5"/>`) {
		t.Errorf("RenderDOCX numbering has no list starting at 5:\n%s", numbering)
	}
	if doc.tableRows != 3 {
		t.Errorf("RenderDOCX table rows = %d, want 3", doc.tableRows)
	}
}

func TestDOCXParts(t *testing.T) {
	data := mustRenderFormat(t, strategy.Example(strategy.LangBokmal), Options{}, DOCX)
	doc := readDOCX(t, data)
	styles := string(doc.parts["word/styles.xml"])
	for l := 1; l <= 6; l++ {
		want := fmt.Sprintf(`w:styleId="Heading%d"><w:name w:val="heading %d"/>`, l, l)
		if !strings.Contains(styles, want) {
			t.Errorf("styles.xml has no %q: Word knows its heading styles by these names", want)
		}
	}
	for _, want := range []string{`<w:lang w:val="nb-NO"/>`, `<w:outlineLvl w:val="0"/>`, `<w:keepNext/>`} {
		if !strings.Contains(styles, want) {
			t.Errorf("styles.xml has no %q", want)
		}
	}
	document := string(doc.parts["word/document.xml"])
	for _, want := range []string{`<w:pgSz w:w="11906" w:h="16838"/>`, `<w:footerReference w:type="default" r:id="rId4"/>`} {
		if !strings.Contains(document, want) {
			t.Errorf("document.xml has no %q", want)
		}
	}
	footer := string(doc.parts["word/footer1.xml"])
	for _, want := range []string{`>Side </w:t>`, `w:instr=" PAGE "`, `> av </w:t>`, `w:instr=" NUMPAGES "`} {
		if !strings.Contains(footer, want) {
			t.Errorf("footer1.xml has no %q:\n%s", want, footer)
		}
	}
	if slices.Index(doc.styles, "Heading1") != 0 || !slices.Contains(doc.styles, "ListParagraph") {
		t.Errorf("DOCX paragraph styles = %v, want Heading1 first and lists", doc.styles)
	}
	// The same plan gives the same bytes.
	if again := mustRenderFormat(t, strategy.Example(strategy.LangBokmal), Options{}, DOCX); !bytes.Equal(again, data) {
		t.Error("RenderDOCX differs between runs")
	}
}

func TestFormatErrors(t *testing.T) {
	// A failed render writes nothing in any format.
	p := strategy.Example(strategy.LangEnglish)
	for _, f := range Formats {
		var b bytes.Buffer
		if err := RenderFormat(&b, p, Options{Lang: "de"}, f); err == nil || b.Len() > 0 {
			t.Errorf("RenderFormat(%s, --lang de) = %d bytes, %v; want nothing and an error", f, b.Len(), err)
		}
		if err := RenderFormat(failWriter{}, p, Options{}, f); err == nil || err.Error() != "disk full" {
			t.Errorf("RenderFormat(%s, failing writer) error = %v, want disk full", f, err)
		}
	}
	if err := RenderFormat(&bytes.Buffer{}, p, Options{}, "pdf"); err == nil || err.Error() != `unknown format "pdf" (known: md, html, docx)` {
		t.Errorf("RenderFormat(pdf) error = %v", err)
	}
}

func TestParseFormat(t *testing.T) {
	tests := []struct {
		in   string
		want Format
		ok   bool
	}{
		{"md", Markdown, true}, {"Markdown", Markdown, true}, {"html", HTML, true}, {"HTM", HTML, true},
		{"docx", DOCX, true}, {".docx", DOCX, true}, {"pdf", "", false}, {"", "", false},
	}
	for _, tt := range tests {
		got, err := ParseFormat(tt.in)
		if got != tt.want || (err == nil) != tt.ok {
			t.Errorf("ParseFormat(%q) = %q, %v; want %q, ok %v", tt.in, got, err, tt.want, tt.ok)
		}
	}
	for path, want := range map[string]Format{"a/plan.html": HTML, "x.DOCX": DOCX, "s.md": Markdown, "s.txt": "", "strategy": ""} {
		if got, _ := FormatOf(path); got != want {
			t.Errorf("FormatOf(%q) = %q, want %q", path, got, want)
		}
	}
}

// cssVar matches one custom property of the stylesheet.
var cssVar = regexp.MustCompile(`--([a-z-]+):\s*(#[0-9a-f]{6})`)

func TestStylesheetContrast(t *testing.T) {
	// WCAG 2.2 AA: 4.5:1 for text against its background (SC 1.4.3) and
	// 3:1 for borders a reader needs to see the table (SC 1.4.11), in the
	// light, dark and print palettes.
	start := strings.Index(styleCSS, ":root {")
	dark := strings.Index(styleCSS, "@media (prefers-color-scheme: dark)")
	print := strings.Index(styleCSS, "@media print")
	if start < 0 || dark < 0 || print < 0 {
		t.Fatal("the stylesheet has no light, dark or print palette")
	}
	blocks := map[string]string{
		"light": styleCSS[start:dark],
		"dark":  styleCSS[dark : strings.Index(styleCSS[dark:], "}\n}")+dark],
		"print": styleCSS[print:],
	}
	pairs := []struct {
		fg, bg string
		min    float64
	}{
		{"text", "bg", 4.5}, {"muted", "bg", 4.5}, {"accent", "bg", 4.5},
		{"text", "head-bg", 4.5}, {"text", "quote-bg", 4.5}, {"accent", "head-bg", 4.5},
		{"border", "bg", 3}, {"border", "head-bg", 3},
	}
	for name, block := range blocks {
		vars := map[string]string{}
		for _, m := range cssVar.FindAllStringSubmatch(block, -1) {
			vars[m[1]] = m[2]
		}
		for _, p := range pairs {
			fg, bg := vars[p.fg], vars[p.bg]
			if fg == "" || bg == "" {
				t.Errorf("%s palette has no --%s or --%s", name, p.fg, p.bg)
				continue
			}
			if r := contrast(fg, bg); r < p.min {
				t.Errorf("%s: --%s %s on --%s %s has contrast %.2f, want at least %.1f", name, p.fg, fg, p.bg, bg, r, p.min)
			}
		}
	}
}

// contrast is the WCAG 2.2 contrast ratio of two #rrggbb colours.
func contrast(a, b string) float64 {
	la, lb := luminance(a), luminance(b)
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}

func luminance(hex string) float64 {
	var rgb [3]float64
	for i := range 3 {
		v, _ := strconv.ParseUint(hex[1+2*i:3+2*i], 16, 8)
		c := float64(v) / 255
		if c <= 0.04045 {
			rgb[i] = c / 12.92
		} else {
			rgb[i] = math.Pow((c+0.055)/1.055, 2.4)
		}
	}
	return 0.2126*rgb[0] + 0.7152*rgb[1] + 0.0722*rgb[2]
}

func BenchmarkRenderFormat(b *testing.B) {
	p := largePlan(b)
	for _, f := range Formats {
		b.Run(string(f), func(b *testing.B) {
			opts := Options{Checklist: true}
			var buf bytes.Buffer
			if err := RenderFormat(&buf, p, opts, f); err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			b.SetBytes(int64(buf.Len()))
			for b.Loop() {
				buf.Reset()
				if err := RenderFormat(&buf, p, opts, f); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func writeFile(path, s string) error { return os.WriteFile(path, []byte(s), 0o644) }

func TestSafeURL(t *testing.T) {
	for in, want := range map[string]bool{
		"https://example.com/a?b=1": true, "http://x": true, "mailto:a@b.no": true, "HTTPS://X": true,
		"kari.html": true, "plans/kari.docx": true, "kari.html#channels": true,
		"javascript:alert(1)": false, "JavaScript:x": false, "data:text/html,x": false, "//evil.example/x": false,
		"../secret": false, "/etc/passwd": false, "file:///etc/passwd": false, "": false, "a b.html": false,
	} {
		if _, got := safeURL([]byte(in)); got != want {
			t.Errorf("safeURL(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestLongWordsBreakInTables(t *testing.T) {
	// A web address in a table cell may break anywhere, so the table stays
	// on the page; ordinary words never break.
	path := filepath.Join(t.TempDir(), "table.md.tmpl")
	if err := writeFile(path, "# Plan\n\n| Name | Note |\n| --- | --- |\n| {{text .Organisation.Name}} | short words only |\n"); err != nil {
		t.Fatal(err)
	}
	p := strategy.Example(strategy.LangEnglish)
	long := "https://example.com/" + strings.Repeat("a", 60) + "/campaign"
	p.Organisation.Name = "Reach " + long + " & more"
	opts := Options{TemplateFile: path}
	page := string(mustRenderFormat(t, p, opts, HTML))
	if want := `<td>Reach <span class="long">` + long + `</span> &amp; more</td>`; !strings.Contains(page, want) {
		t.Errorf("RenderHTML has no %q", want)
	}
	if strings.Count(page, `class="long"`) != 1 {
		t.Errorf("RenderHTML marks %d long words, want only the address", strings.Count(page, `class="long"`))
	}
	checkFormats(t, p, opts)
}

func TestAuthor(t *testing.T) {
	p := strategy.Example(strategy.LangEnglish)
	p.Document.Authors = []string{" Kari  Nordmann ", "", "Ola\nNordmann"}
	if got := author(p); got != "Kari Nordmann; Ola Nordmann" {
		t.Errorf("author(authors) = %q, want the authors", got)
	}
	p.Document.Authors = nil
	if got := author(p); got != "Solsiden Bakeri" {
		t.Errorf("author(no authors) = %q, want the organisation", got)
	}
}
