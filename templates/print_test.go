//go:build print

package templates

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/socialstrategy/socialstrategy/strategy"
)

// These tests give the documents to real readers: headless Chromium prints
// the HTML to PDF, LibreOffice converts the Word document to PDF, and
// poppler's pdftotext and pdfinfo read the PDFs. .ci/run installs them
// (Debian: chromium libreoffice-writer poppler-utils) and runs
//
//	go test -tags print -run TestPrint ./templates
//
// A machine without them fails these tests; it does not skip them.

// tool returns the path of an external program the tests need.
func tool(t *testing.T, names ...string) string {
	t.Helper()
	for _, n := range names {
		if p, err := exec.LookPath(n); err == nil {
			return p
		}
	}
	t.Fatalf("%s is not installed: .ci/run installs it with apt-get install chromium libreoffice-writer poppler-utils", names[0])
	return ""
}

func runTool(t *testing.T, timeout time.Duration, name string, args ...string) []byte {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, name, args...)
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s %s: %v\n%s%s", name, strings.Join(args, " "), err, out.String(), errOut.String())
	}
	return out.Bytes()
}

// printed is one PDF as poppler reads it.
type printed struct {
	text  string // white space folded
	pages int
	a4    bool
	// lastLines holds each page's last line of text above its footer.
	lastLines []string
}

func readPDF(t *testing.T, path string) printed {
	t.Helper()
	text := runTool(t, time.Minute, tool(t, "pdftotext"), "-enc", "UTF-8", path, "-")
	info := string(runTool(t, time.Minute, tool(t, "pdfinfo"), path))
	var p printed
	p.text = fold(string(text))
	for _, page := range strings.Split(string(text), "\f") {
		var last string
		for _, l := range strings.Split(page, "\n") {
			if l = strings.TrimSpace(l); l != "" && !pageNumber.MatchString(l) {
				last = l
			}
		}
		p.lastLines = append(p.lastLines, last)
	}
	if m := regexp.MustCompile(`(?m)^Pages:\s+(\d+)`).FindStringSubmatch(info); m != nil {
		p.pages, _ = strconv.Atoi(m[1])
	}
	// A4 is 595.28 x 841.89 points.
	if m := regexp.MustCompile(`(?m)^Page size:\s+([\d.]+) x ([\d.]+) pts`).FindStringSubmatch(info); m != nil {
		w, _ := strconv.ParseFloat(m[1], 64)
		h, _ := strconv.ParseFloat(m[2], 64)
		p.a4 = w > 593 && w < 597 && h > 840 && h < 844
	}
	return p
}

// pageNumber matches a footer's page number in any language.
var pageNumber = regexp.MustCompile(`^(Page|Side) \d+ (of|av) \d+$`)

// printCase is a plan the readers print.
type printCase struct {
	name string
	plan *strategy.Plan
	opts Options
	// minPages and maxPages bound a sensible length on A4.
	minPages, maxPages int
}

func TestPrint(t *testing.T) {
	chromium := tool(t, "chromium", "chromium-browser", "google-chrome")
	office := tool(t, "libreoffice", "soffice")
	tool(t, "pdftotext")
	tool(t, "pdfinfo")

	large := largePlan(t)
	hostilePlan, err := strategy.Load(filepath.Join("..", "strategy", "testdata", "hostile.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	cases := []printCase{
		// The 20-channel plan: every point decided, long answers.
		{"large", large, Options{}, 8, 24},
		// The same plan with every answer a token a PDF reader cannot
		// break or hyphenate, to find each one in the printed text.
		{"large_tokens", fillPlan(large, userToken), Options{}, 3, 24},
		{"example_nb_tokens", fillPlan(strategy.Example(strategy.LangBokmal), userToken), Options{Checklist: true}, 1, 6},
		{"none_nb", noPresence(strategy.LangBokmal), Options{}, 1, 2},
		{"required_en_checklist", requiredOnly(strategy.LangEnglish), Options{Checklist: true}, 1, 5},
		{"hostile", hostilePlan, Options{Checklist: true}, 1, 6},
	}
	dir := t.TempDir()
	for _, c := range cases {
		for _, f := range []Format{HTML, DOCX} {
			path := filepath.Join(dir, c.name+f.Ext())
			if err := os.WriteFile(path, mustRenderFormat(t, c.plan, c.opts, f), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}

	// Chromium, as root in CI: no sandbox, and nothing fetched or synced.
	htmlPDF := filepath.Join(dir, "html")
	if err := os.Mkdir(htmlPDF, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		profile := t.TempDir()
		runTool(t, 2*time.Minute, chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
			"--disable-background-networking", "--disable-component-update", "--disable-sync", "--user-data-dir="+profile,
			"--no-pdf-header-footer", "--print-to-pdf="+filepath.Join(htmlPDF, c.name+".pdf"),
			"file://"+filepath.Join(dir, c.name+".html"))
	}
	// LibreOffice converts all the Word documents in one run.
	docxPDF := filepath.Join(dir, "docx")
	args := []string{"-env:UserInstallation=file://" + t.TempDir(), "--headless", "--convert-to", "pdf", "--outdir", docxPDF}
	for _, c := range cases {
		args = append(args, filepath.Join(dir, c.name+".docx"))
	}
	runTool(t, 5*time.Minute, office, args...)

	for _, c := range cases {
		md := mustRender(t, c.plan, c.opts)
		for _, reader := range []struct {
			f   Format
			dir string
		}{{HTML, htmlPDF}, {DOCX, docxPDF}} {
			t.Run(c.name+"/"+string(reader.f), func(t *testing.T) {
				pdf := readPDF(t, filepath.Join(reader.dir, c.name+".pdf"))
				t.Logf("%s printed on %d A4 pages", c.name, pdf.pages)
				if !pdf.a4 {
					t.Errorf("the PDF's pages are not A4")
				}
				if pdf.pages < c.minPages || pdf.pages > c.maxPages {
					t.Errorf("printed on %d pages, want %d to %d", pdf.pages, c.minPages, c.maxPages)
				}
				// Every answer is on paper: each token the Markdown shows.
				for i := 0; i < 2000; i++ {
					tok := userToken(i)
					if want := strings.Count(md, tok); want > 0 {
						if got := strings.Count(pdf.text, tok); got != want {
							t.Errorf("%s is printed %d times, want %d", tok, got, want)
						}
					}
				}
				// Every heading is on paper, and every page is numbered.
				for _, h := range mdOutline(md) {
					if !strings.Contains(pdf.text, h.Text) {
						t.Errorf("the heading %q is not printed", h.Text)
					}
				}
				// Headings are kept with their text: no page ends with one.
				// Only Chromium is held to it: LibreOffice imports the
				// headings' keep-with-next (fo:keep-with-next="always") yet
				// at times leaves a heading at a page's foot (the bokmål
				// example, page 1); no Word is here to check its layout.
				for i, last := range pdf.lastLines {
					if reader.f != HTML {
						break
					}
					for _, h := range mdOutline(md) {
						if last != "" && i < len(pdf.lastLines)-1 && (last == h.Text || len(last) >= 8 && strings.HasSuffix(h.Text, last)) {
							t.Errorf("page %d ends with the heading %q", i+1, h.Text)
						}
					}
				}
				lang := cmpOr(c.opts.Lang, c.plan.Language)
				for page := 1; page <= pdf.pages; page++ {
					if label := fmt.Sprintf(pageLabel.In(lang), strconv.Itoa(page), strconv.Itoa(pdf.pages)); !strings.Contains(pdf.text, label) {
						t.Errorf("no %q on the printed pages", label)
					}
				}
				if c.name == "hostile" {
					for _, want := range []string{"{{ .Organisation.Name }} # Heading", "<script>alert(1)</script> &amp; `code` *bold* _it_ [link](x) | a | b |"} {
						if !strings.Contains(pdf.text, want) {
							t.Errorf("the hostile text %q is not printed as written", want)
						}
					}
				}
			})
		}
	}
	if out := os.Getenv("SOCIALSTRATEGY_PRINT_DIR"); out != "" {
		// Keep the PDFs to look at them (pdftoppm -png).
		_ = os.CopyFS(out, os.DirFS(dir))
	}
}
