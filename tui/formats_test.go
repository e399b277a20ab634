package tui

import (
	"archive/zip"
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/socialstrategy/socialstrategy/strategy"
	"github.com/socialstrategy/socialstrategy/templates"
)

func TestDocumentFiles(t *testing.T) {
	for _, tc := range []struct {
		out     string
		formats []string
		want    []DocFile
	}{
		{"s.md", nil, []DocFile{{"s.md", templates.Markdown}}},
		{"s.html", nil, []DocFile{{"s.html", templates.HTML}}},
		{"s.txt", nil, []DocFile{{"s.txt", templates.Markdown}}},
		{"d/s.md", []string{"docx", "html"}, []DocFile{{"d/s.html", templates.HTML}, {"d/s.docx", templates.DOCX}}},
		{"s.docx", []string{"md", "html", "docx"}, []DocFile{{"s.md", templates.Markdown}, {"s.html", templates.HTML}, {"s.docx", templates.DOCX}}},
		{"s.txt", []string{"md", "html"}, []DocFile{{"s.txt", templates.Markdown}, {"s.html", templates.HTML}}},
		{"", []string{"md"}, nil},
	} {
		p := strategy.Example("en")
		p.Document.Formats = tc.formats
		if got := DocumentFiles(p, tc.out); !slices.Equal(got, tc.want) {
			t.Errorf("DocumentFiles(%q, %q) = %v, want %v", tc.out, tc.formats, got, tc.want)
		}
	}
}

func TestNextFormatsVisitsEveryCombination(t *testing.T) {
	p := strategy.Example("en")
	seen := map[string]bool{}
	for range len(formatChoices) {
		nextFormats(p, "s.md")
		seen[strings.Join(p.Document.Formats, ",")] = true
	}
	if len(seen) != len(formatChoices) || !slices.Equal(p.Document.Formats, []string{"md"}) {
		t.Errorf("f visited %v and ended at %q, want all %d combinations and md again", seen, p.Document.Formats, len(formatChoices))
	}
}

// TestWizardWritesChosenFormats: f on the review adds the web page and
// the Word file; ctrl+s writes all three, asks before replacing a web
// page socialstrategy did not write (keeping it), tells where each went,
// and the answers file remembers the formats.
func TestWizardWritesChosenFormats(t *testing.T) {
	dir := t.TempDir()
	docs := &strategy.Documents{Record: filepath.Join(dir, "written")}
	out, answers := filepath.Join(dir, "strategy.md"), filepath.Join(dir, "answers.yaml")
	html, docx := filepath.Join(dir, "strategy.html"), filepath.Join(dir, "strategy.docx")
	if err := os.WriteFile(html, []byte("<p>our own page</p>\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	d := start(t, strategy.Example("en"), Options{Resume: true, AnswersPath: answers, OutputPath: out, Documents: docs}, 100, 30)
	d.at("review")
	d.wait("Formats (f): md")
	for _, want := range []string{"md, html", "md, docx", "md, html, docx"} {
		d.tm.Type("f")
		d.wait("Formats (f): " + want)
	}
	d.key('s', tea.ModCtrl)
	d.wait("was not written by socialstrategy", "y write")
	d.tm.Type("y")
	m := d.final()
	if !m.Finished() {
		t.Fatalf("not finished: %v", m.SaveErr())
	}
	if got, want := m.Written(), []string{out, html, docx}; !slices.Equal(got, want) {
		t.Errorf("Written() = %q, want %q", got, want)
	}
	if got, want := m.KeptFiles(), []Kept{{html, filepath.Join(dir, "strategy.edited.html")}}; !slices.Equal(got, want) {
		t.Errorf("KeptFiles() = %v, want %v", got, want)
	}
	if got := string(must(os.ReadFile(filepath.Join(dir, "strategy.edited.html")))); got != "<p>our own page</p>\n" {
		t.Errorf("kept page = %q, want the person's own", got)
	}
	if md := string(must(os.ReadFile(out))); !strings.HasPrefix(md, "# ") {
		t.Errorf("strategy.md is not Markdown:\n%.200s", md)
	}
	if page := string(must(os.ReadFile(html))); !strings.HasPrefix(page, "<!DOCTYPE html>") {
		t.Errorf("strategy.html is not the web page:\n%.200s", page)
	}
	word := must(os.ReadFile(docx))
	zr, err := zip.NewReader(bytes.NewReader(word), int64(len(word)))
	if err != nil {
		t.Fatalf("strategy.docx is not a zip: %v", err)
	}
	if !slices.ContainsFunc(zr.File, func(f *zip.File) bool { return f.Name == "word/document.xml" }) {
		t.Errorf("strategy.docx has no word/document.xml")
	}
	for _, f := range []string{out, html, docx} {
		if st, _, err := docs.State(f); err != nil || st != strategy.DocOurs {
			t.Errorf("%s: state %v, %v; want it recorded as written by socialstrategy", f, st, err)
		}
	}
	p, err := strategy.ParseDraft(answers, must(os.ReadFile(answers)))
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"md", "html", "docx"}; !slices.Equal(p.Document.Formats, want) {
		t.Errorf("answers file formats = %q, want %q", p.Document.Formats, want)
	}
}

// TestOneFormatOffersNoOther: with OneFormat (the workshop server), a plan
// that chose the web page and the Word file still gets the one document,
// the review offers no formats, f changes nothing, and the choice in the
// answers is kept for the person's own computer.
func TestOneFormatOffersNoOther(t *testing.T) {
	dir := t.TempDir()
	out, answers := filepath.Join(dir, "strategy.md"), filepath.Join(dir, "answers.yaml")
	p := strategy.Example("en")
	p.Document.Formats = []string{"md", "html", "docx"}
	d := start(t, p, Options{Resume: true, AnswersPath: answers, OutputPath: out, OneFormat: true}, 100, 30)
	d.at("review")
	d.tm.Type("f")
	d.key('s', tea.ModCtrl)
	m := d.final()
	if !m.Finished() {
		t.Fatalf("not finished: %v", m.SaveErr())
	}
	if got, want := m.Written(), []string{out}; !slices.Equal(got, want) {
		t.Errorf("Written() = %q, want %q", got, want)
	}
	if v := m.View().Content; strings.Contains(v, "Formats (f)") || strings.Contains(v, "f formats") {
		t.Errorf("the review offers formats with OneFormat:\n%s", v)
	}
	for _, f := range []string{"strategy.html", "strategy.docx"} {
		if _, err := os.Stat(filepath.Join(dir, f)); err == nil {
			t.Errorf("%s written with OneFormat", f)
		}
	}
	saved, err := strategy.ParseDraft(answers, must(os.ReadFile(answers)))
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"md", "html", "docx"}; !slices.Equal(saved.Document.Formats, want) {
		t.Errorf("answers file formats = %q, want the person's %q kept", saved.Document.Formats, want)
	}
}
