package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestWorkshopCollectHTML(t *testing.T) {
	// The facilitator's web pages: each plan's document and an index.html
	// linking them; a participant's text stays text.
	dir := workshopData(t)
	for _, tt := range []struct{ format, ext string }{{"html", ".html"}, {"docx", ".docx"}} {
		t.Run(tt.format, func(t *testing.T) {
			outDir := filepath.Join(t.TempDir(), "plans")
			var out, errOut bytes.Buffer
			if code := run(context.Background(), []string{"workshop", "collect", "--format", tt.format, "--data", dir, "-o", outDir}, strings.NewReader(""), &out, &errOut); code != 0 {
				t.Fatalf("workshop collect --format %s = %d, %s", tt.format, code, errOut.String())
			}
			if want := "Wrote 3 plans and " + filepath.Join(outDir, "index.html"); !strings.Contains(out.String(), want) {
				t.Errorf("collect said %q, want %q", out.String(), want)
			}
			entries, _ := os.ReadDir(outDir)
			var names []string
			for _, e := range entries {
				names = append(names, e.Name())
			}
			if got, want := strings.Join(names, ","), "ida"+tt.ext+",index.html,kari"+tt.ext+",ola"+tt.ext; got != want {
				t.Errorf("collect wrote %s, want %s", got, want)
			}
			page, err := os.ReadFile(filepath.Join(outDir, "index.html"))
			if err != nil {
				t.Fatal(err)
			}
			root, err := html.Parse(bytes.NewReader(page))
			if err != nil {
				t.Fatal(err)
			}
			var links []string
			text := ""
			for n := range root.Descendants() {
				if n.Type == html.ElementNode && n.Data == "script" {
					t.Errorf("index.html has a <script>")
				}
				if n.Type == html.ElementNode && n.Data == "a" {
					for _, a := range n.Attr {
						if a.Key == "href" {
							links = append(links, a.Val)
						}
					}
				}
				if n.Type == html.TextNode {
					text += n.Data
				}
			}
			if got, want := strings.Join(links, ","), "ida"+tt.ext+",kari"+tt.ext+",ola"+tt.ext; got != want {
				t.Errorf("index.html links to %s, want %s", got, want)
			}
			for _, want := range []string{"Ola | [Sykler](http://evil.example) *AS*", "no answers yet", "cannot be read"} {
				if !strings.Contains(text, want) {
					t.Errorf("index.html does not show %q:\n%s", want, text)
				}
			}
			kari, _ := os.ReadFile(filepath.Join(outDir, "kari"+tt.ext))
			if tt.format == "html" && !bytes.HasPrefix(kari, []byte("<!DOCTYPE html>")) || tt.format == "docx" && !bytes.HasPrefix(kari, []byte("PK\x03\x04")) {
				t.Errorf("kari%s is not a %s document: %q", tt.ext, tt.format, kari[:min(len(kari), 20)])
			}
		})
	}
	var out, errOut bytes.Buffer
	if code := run(context.Background(), []string{"workshop", "collect", "--format", "pdf", "--data", dir}, strings.NewReader(""), &out, &errOut); code != exitUsage || !strings.Contains(errOut.String(), `unknown format "pdf"`) {
		t.Errorf("workshop collect --format pdf = %d, %q; want %d and the known formats", code, errOut.String(), exitUsage)
	}
}
