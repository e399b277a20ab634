package templates

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/socialstrategy/socialstrategy/strategy"
)

// FuzzRender loads arbitrary answers files and renders those that load, in
// both languages. Rendering never panics or fails, gives the same bytes
// every time, and whatever the answers say, the document has the shape it
// has for plain answers: no new headings, tables, lists, HTML or links.
func FuzzRender(f *testing.F) {
	for _, dir := range []string{"testdata", filepath.Join("..", "strategy", "testdata")} {
		paths, err := filepath.Glob(filepath.Join(dir, "*.yaml"))
		if err != nil {
			f.Fatal(err)
		}
		for _, path := range paths {
			data, err := os.ReadFile(path)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(data, false)
			f.Add(data, true)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte, checklist bool) {
		p, err := strategy.Parse("fuzz.yaml", data)
		if err != nil {
			return
		}
		// The same plan with every text plain: its document's shape is
		// what the fuzzed text must not change.
		plainPlan := fillPlan(p, func(int) string { return "x" })
		restoreBlanks(plainPlan, p)
		for _, lang := range strategy.Languages {
			opts := Options{Lang: lang, Checklist: checklist}
			var a, b bytes.Buffer
			if err := Render(&a, p, opts); err != nil {
				t.Fatalf("Render(%q, %s) error = %v", data, lang, err)
			}
			if err := Render(&b, p, opts); err != nil || !bytes.Equal(a.Bytes(), b.Bytes()) {
				t.Fatalf("Render(%q, %s) differs between runs", data, lang)
			}
			got, want := shapeOf(a.String()), shapeOf(mustRender(t, plainPlan, opts))
			if len(got.Unsafe) > 0 {
				t.Fatalf("Render(%q, %s) has %q\n%s", data, lang, got.Unsafe, a.String())
			}
			if !reflect.DeepEqual(got.structure(), want.structure()) {
				t.Fatalf("Render(%q, %s) structure = %+v, want %+v\n%s", data, lang, got.structure(), want.structure(), a.String())
			}
		}
	})
}

// restoreBlanks empties the texts of plain that are blank in p, so that
// "to be decided" shows in the same places in both.
func restoreBlanks(plain, p *strategy.Plan) {
	var walk func(dst, src reflect.Value)
	walk = func(dst, src reflect.Value) {
		switch src.Kind() {
		case reflect.String:
			if len(strings.Fields(src.String())) == 0 {
				dst.SetString(src.String())
			}
		case reflect.Slice:
			for i := range src.Len() {
				walk(dst.Index(i), src.Index(i))
			}
		case reflect.Struct:
			for i := range src.NumField() {
				walk(dst.Field(i), src.Field(i))
			}
		}
	}
	walk(reflect.ValueOf(plain).Elem(), reflect.ValueOf(p).Elem())
}
