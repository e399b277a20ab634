package main

import (
	"bytes"
	"errors"
	"io"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/creack/pty"

	"github.com/socialstrategy/socialstrategy/strategy"
	"github.com/socialstrategy/socialstrategy/templates"
)

func TestRenderFormats(t *testing.T) {
	// --format, or -o's extension, chooses the document; the file holds
	// exactly what the templates package writes for that format.
	plan := strategy.Example(strategy.LangBokmal)
	dir := workdir(t, map[string]string{"plan.yaml": marshal(t, plan)})
	want := func(f templates.Format, opts templates.Options) string {
		var b bytes.Buffer
		if err := templates.RenderFormat(&b, plan, opts, f); err != nil {
			t.Fatal(err)
		}
		return b.String()
	}
	tests := []struct {
		name string
		args []string
		out  string // the file written; "" for standard output
		want string
	}{
		{"-o .html", []string{"render", "plan.yaml", "-o", "s.html"}, "s.html", want(templates.HTML, templates.Options{})},
		{"-o .HTM", []string{"render", "plan.yaml", "-o", "s.HTM"}, "s.HTM", want(templates.HTML, templates.Options{})},
		{"-o .docx", []string{"render", "plan.yaml", "-o", "s.docx"}, "s.docx", want(templates.DOCX, templates.Options{})},
		{"--format docx with another extension", []string{"render", "plan.yaml", "--format", "docx", "-o", "s.bin"}, "s.bin", want(templates.DOCX, templates.Options{})},
		{"--format wins over the extension", []string{"render", "plan.yaml", "--format", "md", "-o", "x.html"}, "x.html", want(templates.Markdown, templates.Options{})},
		{"an unknown extension is Markdown", []string{"render", "plan.yaml", "-o", "s.txt"}, "s.txt", want(templates.Markdown, templates.Options{})},
		{"--format html to standard output", []string{"render", "plan.yaml", "--format", "html"}, "", want(templates.HTML, templates.Options{})},
		{"docx to a pipe", []string{"render", "plan.yaml", "--format", "docx"}, "", want(templates.DOCX, templates.Options{})},
		{"checklist and --lang in html", []string{"render", "plan.yaml", "--with-checklist", "--lang", "en", "-o", "c.html"}, "c.html",
			want(templates.HTML, templates.Options{Lang: "en", Checklist: true})},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runBinary(t, dir, "", tt.args...)
			note := "" // a document in another language than its answers says so
			if slices.Contains(tt.args, "--lang") {
				note = "Note: the headings are in English; the answers stay as they were written (bokmål).\n"
			}
			if r.code != 0 || r.stderr != note {
				t.Fatalf("%v = %d, stderr %q; want 0 and stderr %q", tt.args, r.code, r.stderr, note)
			}
			got := r.stdout
			if tt.out != "" {
				got = readFile(t, filepath.Join(dir, tt.out))
			}
			if got != tt.want {
				t.Errorf("%v wrote %d bytes starting %q, want %d bytes starting %q", tt.args, len(got), got[:min(len(got), 40)], len(tt.want), tt.want[:40])
			}
		})
	}
	noTempFiles(t, dir)

	r := runBinary(t, dir, "", "render", "plan.yaml", "--format", "pdf", "-o", "s.pdf")
	if r.code != 2 || !strings.Contains(r.stderr, `unknown format "pdf" (known: md, html, docx) for --format`) {
		t.Errorf("render --format pdf = %d, %q; want 2 and the known formats", r.code, r.stderr)
	}
}

func TestRenderDOCXRefusesATerminal(t *testing.T) {
	// A Word file on a terminal is noise: say how to write it instead.
	dir := workdir(t, map[string]string{"plan.yaml": marshal(t, strategy.Example(strategy.LangEnglish))})
	cmd := exec.Command(binary, "render", "plan.yaml", "--format", "docx")
	cmd.Dir = dir
	f, err := pty.StartWithSize(cmd, &pty.Winsize{Cols: 100, Rows: 24})
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out bytes.Buffer
	done := make(chan struct{})
	go func() { _, _ = io.Copy(&out, f); close(done) }()
	err = cmd.Wait()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
	}
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.ExitCode() != 2 || !strings.Contains(out.String(), "write it to a file with -o strategy.docx") || strings.Contains(out.String(), "PK") {
		t.Errorf("render --format docx on a terminal = %v, %q; want exit 2 and the advice", err, out.String())
	}
}
