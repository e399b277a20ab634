package templates

import (
	"bytes"
	"path/filepath"
	"testing"

	"github.com/socialstrategy/socialstrategy/strategy"
)

// largePlan is the benchmark plan: 20 channels, every point decided, long
// texts. strategy's tests check that it is that large.
func largePlan(t testing.TB) *strategy.Plan {
	t.Helper()
	p, err := strategy.Load(filepath.Join("..", "strategy", "testdata", "large.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func BenchmarkRender(b *testing.B) {
	p := largePlan(b)
	for _, lang := range strategy.Languages {
		b.Run(lang, func(b *testing.B) {
			opts := Options{Lang: lang, Checklist: true}
			var buf bytes.Buffer
			if err := Render(&buf, p, opts); err != nil { // parse the templates outside the loop
				b.Fatal(err)
			}
			b.ReportAllocs()
			b.SetBytes(int64(buf.Len()))
			for b.Loop() {
				buf.Reset()
				if err := Render(&buf, p, opts); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
