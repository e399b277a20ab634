package strategy

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata")

// typedTexts are answers as people type or paste them, with how Marshal
// writes each after "about: ". Every one of them must load back as typed
// (after Clean, which trims and turns CRLF into LF).
var typedTexts = []struct {
	name, text, saved string
}{
	{"plain", "Kafé på hjørnet", "about: Kafé på hjørnet\n"},
	{"emoji", "Sandviken 💇‍♀️✨", "about: Sandviken 💇‍♀️✨\n"},
	{"zwj family", "👩‍👩‍👧‍👦 familier", "about: 👩‍👩‍👧‍👦 familier\n"},
	{"flag and tag sequence", "🇳🇴 og 🏴󠁧󠁢󠁳󠁣󠁴󠁿", "about: 🇳🇴 og 🏴󠁧󠁢󠁳󠁣󠁴󠁿\n"},
	{"skin tone", "👍🏽 takk", "about: 👍🏽 takk\n"},
	{"combining marks", "Kafe\u0301 a\u030a", "about: Kafe\u0301 a\u030a\n"},
	{"math letters", "𝐁𝐨𝐥𝐝 𝔣𝔞𝔫𝔠𝔶", "about: 𝐁𝐨𝐥𝐝 𝔣𝔞𝔫𝔠𝔶\n"},
	{"emoji first", "🎉 åpning", "about: 🎉 åpning\n"},
	{"emoji needs quotes", "🎉: fest", "about: '🎉: fest'\n"},
	{"emoji after hash", "# 🎉", "about: '# 🎉'\n"},
	{"emoji and quote", "it's 🎉", "about: it's 🎉\n"},
	{"emoji and tab", "🎉\tfest", "about: \"🎉\\tfest\"\n"},
	{"multi-line", "Vi baker.\nVi selger.", "about: |-\n  Vi baker.\n  Vi selger.\n"},
	{"trailing spaces", "Line one  \nline two", "about: |-\n  Line one  \n  line two\n"},
	{"trailing spaces on every line", "a \nb  \nc", "about: |-\n  a \n  b  \n  c\n"},
	{"leading spaces", "Menu:\n  coffee\n  tea", "about: |-\n  Menu:\n    coffee\n    tea\n"},
	{"indented first line", "a\n  b", "about: |-\n  a\n    b\n"},
	{"blank line", "Para one.\n\nPara two.", "about: |-\n  Para one.\n\n  Para two.\n"},
	{"spaces-only line", "a\n   \nb", "about: |-\n  a\n     \n  b\n"},
	{"hash and dash lines", "# not a heading\n- not a list\n---\n...", "about: |-\n  # not a heading\n  - not a list\n  ---\n  ...\n"},
	{"yaml inside", "key: value\n[a, b]\n&x *x !t |", "about: |-\n  key: value\n  [a, b]\n  &x *x !t |\n"},
	{"quotes and backslashes", "\"quoted\" 'single'\nC:\\path\\n \\", "about: |-\n  \"quoted\" 'single'\n  C:\\path\\n \\\n"},
	{"emoji lines", "🎉 Åpning!\n👩‍🍳 Ny kokk", "about: |-\n  🎉 Åpning!\n  👩‍🍳 Ny kokk\n"},
	{"tab in lines", "a\tb\n\tindented by tab", "about: |-\n  a\tb\n  \tindented by tab\n"},
	{"crlf", "line one\r\nline two\r\n\r\nline four", "about: |-\n  line one\n  line two\n\n  line four\n"},
	{"line separator", "a\u2028b", "about: \"a\\Lb\"\n"},
	{"byte order mark", "a\ufeffb 🎉", "about: \"a\\uFEFFb 🎉\"\n"},
}

func TestMarshalTypedTexts(t *testing.T) {
	for _, tt := range typedTexts {
		t.Run(tt.name, func(t *testing.T) {
			p := &Plan{Version: Version, Language: LangBokmal, Organisation: Organisation{Name: "N", About: tt.text}, Presence: PresenceNone, NoPresenceReason: "R"}
			data, err := Marshal(p)
			if err != nil {
				t.Fatalf("Marshal() error = %v", err)
			}
			if !bytes.Contains(data, []byte("\n"+indented(tt.saved))) {
				t.Errorf("Marshal(about: %q) wrote\n%s\nwant the lines (under organisation)\n%s", tt.text, data, tt.saved)
			}
			if bytes.Contains(data, []byte(`\U`)) {
				t.Errorf("Marshal(about: %q) wrote a \\U escape:\n%s", tt.text, data)
			}
			got, err := Parse("saved.yaml", data)
			if err != nil {
				t.Fatalf("Parse(Marshal(about: %q)) error = %v\nfile:\n%s", tt.text, err, data)
			}
			if want := Clean(tt.text); got.Organisation.About != want {
				t.Errorf("Parse(Marshal(about: %q)).About = %q, want %q\nfile:\n%s", tt.text, got.Organisation.About, want, data)
			}
		})
	}
}

// indented returns the lines of s indented by two spaces, as under
// "organisation:"; empty lines stay empty.
func indented(s string) string {
	lines := strings.SplitAfter(s, "\n")
	for i, l := range lines {
		if l != "\n" && l != "" {
			lines[i] = "  " + l
		}
	}
	return strings.Join(lines, "")
}

// typedPlan returns a plan with every typed text in every kind of place a
// text can stand: a top-level value, a nested value, a list item at the
// top and inside a channel, and a custom channel's id.
func typedPlan() *Plan {
	p := &Plan{
		Version: Version, Language: LangBokmal,
		Organisation: Organisation{Name: "Frisør Sandviken 💇‍♀️✨", About: "Vi klipper.  \nVi farger.\n\n  – og vi prater."},
		Presence:     PresenceActive,
		Voice:        Voice{Tone: "Varm 😊, ærlig", Guidelines: []string{"Ingen kundenavn\noffentlig", "👍 svar innen en time"}},
		Responses:    Responses{Incident: Incident{HoldingStatement: "Vi vet om feilen.\r\nNeste oppdatering kl. 14.\r\n", Channels: []string{"instagram", "Klubbhuset 🏠"}}},
	}
	for _, tt := range typedTexts {
		p.Organisation.Audiences = append(p.Organisation.Audiences, Audience{Name: tt.text})
		p.Channels = append(p.Channels, Channel{ID: "kanal " + tt.name + " 📣", Purposes: []string{"inspire"}, Goal: tt.text, Measures: []string{tt.text, "x"}})
	}
	return p
}

// cleaned returns the plan as Parse gives it back: every text Cleaned.
func cleaned(p *Plan) *Plan {
	c := *p
	cleanAll(reflect.ValueOf(&c).Elem())
	return &c
}

func cleanAll(v reflect.Value) {
	switch v.Kind() {
	case reflect.String:
		v.SetString(Clean(v.String()))
	case reflect.Slice:
		if v.IsNil() {
			return
		}
		s := reflect.MakeSlice(v.Type(), v.Len(), v.Len())
		reflect.Copy(s, v)
		v.Set(s)
		for i := range v.Len() {
			cleanAll(v.Index(i))
		}
	case reflect.Struct:
		for i := range v.NumField() {
			cleanAll(v.Field(i))
		}
	}
}

func TestMarshalTypedPlan(t *testing.T) {
	p := typedPlan()
	data, err := Marshal(p)
	if err != nil {
		t.Fatalf("Marshal() error = %v", err)
	}
	got, err := Parse("saved.yaml", data)
	if err != nil {
		t.Fatalf("Parse(Marshal(typedPlan)) error = %v\nfile:\n%s", err, data)
	}
	if want := cleaned(p); !reflect.DeepEqual(got, want) {
		t.Errorf("Parse(Marshal(typedPlan)) =\n%#v\nwant\n%#v\nfile:\n%s", got, want, data)
	}
	// A Windows editor saves the file with CRLF line ends: same plan.
	crlf := bytes.ReplaceAll(data, []byte("\n"), []byte("\r\n"))
	if again, err := Parse("crlf.yaml", crlf); err != nil || !reflect.DeepEqual(again, got) {
		t.Errorf("Parse(Marshal(typedPlan) with CRLF line ends) = %v; want the same plan", err)
	}
}

// TestMarshalGolden shows the saved YAML for whole plans; review changes
// to testdata/saved/*.yaml like code. Regenerate with
// go test ./strategy -run TestMarshalGolden -update.
func TestMarshalGolden(t *testing.T) {
	tests := []struct {
		name string
		plan *Plan
	}{
		{"example-en", Example(LangEnglish)},
		{"example-nb", Example(LangBokmal)},
		{"example-nn", Example(LangNynorsk)},
		{"typed", cleaned(typedPlan())},
		{"hostile", hostilePlan(t)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data, err := Marshal(tt.plan)
			if err != nil {
				t.Fatalf("Marshal() error = %v", err)
			}
			path := filepath.Join("testdata", "saved", tt.name+".yaml")
			if *update {
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, data, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if !bytes.Equal(data, want) {
				t.Errorf("Marshal(%s) differs from %s (run with -update and review the diff)\ngot:\n%s", tt.name, path, data)
			}
			got, err := Parse(path, want)
			if err != nil || !reflect.DeepEqual(got, tt.plan) {
				t.Errorf("Parse(%s) = %v; want the plan back", path, err)
			}
		})
	}
}

func TestScalarTextBlockIndent(t *testing.T) {
	// Lines of a block go two columns in from what holds them.
	tests := []struct {
		before string
		want   int
	}{
		{"about: ", 2},
		{"  about: ", 4},
		{"  - ", 4},
		{"    - ", 6},
		{"  - goal: ", 6},
		{"- - ", 4},
	}
	for _, tt := range tests {
		if got := blockIndent([]byte(tt.before)); got != tt.want {
			t.Errorf("blockIndent(%q) = %d, want %d", tt.before, got, tt.want)
		}
	}
}

func TestMarshalPlaceholderInText(t *testing.T) {
	// A person's text that looks like Marshal's placeholder words stays
	// the person's text.
	p := &Plan{Version: Version, Language: LangEnglish, Organisation: Organisation{Name: "ssText0n0x", About: "ssText0n1x ssText1n0x\n🎉"}, Presence: PresenceNone, NoPresenceReason: "ssText1n0x"}
	data, err := Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	if got, err := Parse("saved.yaml", data); err != nil || !reflect.DeepEqual(got, p) {
		t.Errorf("Parse(Marshal(placeholder-like texts)) = %#v, %v; want %#v\nfile:\n%s", got, err, p, data)
	}
}

// FuzzMarshalText puts any text in every kind of place Marshal writes one
// and reads the file back with the YAML library alone (no Clean): every
// text must come back exactly, but for CRLF, which is written as a line
// break.
func FuzzMarshalText(f *testing.F) {
	for _, tt := range typedTexts {
		f.Add(tt.text)
	}
	for _, s := range hostileTexts {
		f.Add(s)
	}
	for _, s := range []string{"", " ", "\n", "\n\n", " \n", "a\n", "a\n\n", "\n a", " a\n", "a \n ", "\t", "\ta\n", "\u0085", "\x00🎉", "🎉\n\t"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		s = strings.ToValidUTF8(s, "\uFFFD")
		p := &Plan{Organisation: Organisation{Name: s, About: s, Audiences: []Audience{{Name: s}, {Name: "a", Why: s}}},
			Channels:  []Channel{{ID: s, Purposes: []string{s}, Goal: s, Measures: []string{s}}},
			Responses: Responses{Incident: Incident{Channels: []string{s, "x"}}}}
		data, err := Marshal(p)
		if err != nil {
			t.Fatalf("Marshal(%q) error = %v", s, err)
		}
		var got Plan
		if err := yaml.Unmarshal(data, &got); err != nil {
			t.Fatalf("yaml.Unmarshal(Marshal(%q)) error = %v\nfile:\n%s", s, err, data)
		}
		want := strings.ReplaceAll(s, "\r\n", "\n")
		texts := []string{got.Organisation.Name, got.Organisation.About, got.Organisation.Audiences[0].Name,
			got.Channels[0].ID, got.Channels[0].Purposes[0], got.Channels[0].Goal, got.Channels[0].Measures[0], got.Responses.Incident.Channels[0]}
		for i, g := range texts {
			if g != want {
				t.Fatalf("Marshal(%q) text %d reads back as %q\nfile:\n%s", s, i, g, data)
			}
		}
		if !strings.Contains(s, `\`) && bytes.Contains(data, []byte(`\U`)) {
			t.Fatalf("Marshal(%q) wrote a \\U escape:\n%s", s, data)
		}
	})
}
