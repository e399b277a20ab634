package strategy

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// seeds returns the answers files under testdata, valid and invalid, the
// saved goldens and the files with syntax errors, as seeds for the fuzz
// targets.
func seeds(f *testing.F) [][]byte {
	f.Helper()
	paths, err := filepath.Glob(filepath.Join("testdata", "*.yaml"))
	saved, err2 := filepath.Glob(filepath.Join("testdata", "saved", "*.yaml"))
	broken, err3 := filepath.Glob(filepath.Join("testdata", "syntax", "*.yaml"))
	if err != nil || err2 != nil || err3 != nil || len(paths) == 0 || len(saved) == 0 || len(broken) == 0 {
		f.Fatalf("Glob(testdata/*.yaml, saved/*.yaml, syntax/*.yaml) = %v, %v, %v; want seed files", paths, saved, broken)
	}
	paths = append(append(paths, saved...), broken...)
	var out [][]byte
	for _, path := range paths {
		data, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		out = append(out, data)
	}
	return out
}

// FuzzParse feeds arbitrary bytes to the loader. It must never panic; it
// returns either a plan that validates or an Errors value; and a plan it
// returns survives Marshal and Parse unchanged.
func FuzzParse(f *testing.F) {
	for _, s := range seeds(f) {
		f.Add(s)
	}
	for _, s := range []string{"", "~", "[]", "version: 1", "a: &a [*a]", "\xff", "version: 1\x00", "{version: 1, presence: none}"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := Parse("fuzz.yaml", data)
		if err != nil {
			var errs Errors
			if !errors.As(err, &errs) || len(errs) == 0 {
				t.Fatalf("Parse(%q) error = %T %v, want a non-empty Errors", data, err, err)
			}
			if p != nil {
				t.Fatalf("Parse(%q) returned a plan and an error", data)
			}
			return
		}
		if errs := p.Validate(); errs != nil {
			t.Fatalf("Parse(%q) plan does not validate: %v", data, errs)
		}
		out, err := Marshal(p)
		if err != nil {
			t.Fatalf("Marshal(Parse(%q)) error = %v", data, err)
		}
		again, err := Parse("saved.yaml", out)
		if err != nil {
			t.Fatalf("Parse(Marshal(Parse(%q))) error = %v\nsaved:\n%s", data, err, out)
		}
		if !reflect.DeepEqual(again, p) {
			t.Fatalf("Parse(Marshal(p)) = %#v, want %#v\nsaved:\n%s", again, p, out)
		}
	})
}

func TestSeedsParseAsExpected(t *testing.T) {
	// The valid seeds stay valid, so the fuzz targets start from plans
	// that get past validation.
	for _, name := range []string{"example-en.yaml", "example-nb.yaml", "none.yaml", "required.yaml", "hostile.yaml", "large.yaml"} {
		if _, err := Load(filepath.Join("testdata", name)); err != nil {
			t.Errorf("Load(testdata/%s) error = %v, want nil", name, err)
		}
	}
	for _, name := range []string{"errors.yaml", "alias-bomb.yaml", "syntax.yaml"} {
		if _, err := Load(filepath.Join("testdata", name)); err == nil {
			t.Errorf("Load(testdata/%s) error = nil, want errors", name)
		}
	}
}

func TestLargePlan(t *testing.T) {
	// The benchmark plan is as large as the issue asks: 20 channels, every
	// point decided, long texts.
	p, err := Load(filepath.Join("testdata", "large.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if done, total := p.Decided(); len(p.Channels) != 20 || done != total {
		t.Errorf("Load(large.yaml) = %d channels, %d of %d points decided; want 20 channels, all decided", len(p.Channels), done, total)
	}
	if n := len(p.Responses.Incident.HoldingStatement); n < 500 {
		t.Errorf("Load(large.yaml) holding statement is %d bytes, want a long text", n)
	}
}

func BenchmarkParse(b *testing.B) {
	data, err := os.ReadFile(filepath.Join("testdata", "large.yaml"))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Parse("large.yaml", data); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParseHostile measures Parse on a file just under the size limit
// that makes the most errors (100,000 channels, each with an unknown key and
// no id): the worst case a person, or a participant's upload, can cause.
func BenchmarkParseHostile(b *testing.B) {
	src := []byte("channels:\n" + strings.Repeat("- {q: 1}\n", 100000))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse("big.yaml", src); err == nil {
			b.Fatal("Parse(hostile) = nil error, want errors")
		}
	}
}
