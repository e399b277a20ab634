package templates

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/charmbracelet/x/exp/golden"

	"github.com/socialstrategy/socialstrategy/strategy"
)

// Plans the tests render.

// requiredOnly answers only what the format requires.
func requiredOnly(lang string) *strategy.Plan {
	return &strategy.Plan{
		Version:      strategy.Version,
		Language:     lang,
		Organisation: strategy.Organisation{Name: "Solsiden Bakeri"},
		Presence:     strategy.PresenceActive,
		Channels:     []strategy.Channel{{ID: "instagram"}, {ID: "Our newsletter"}},
	}
}

// noPresence is a complete plan for not being on social media.
func noPresence(lang string) *strategy.Plan {
	p := &strategy.Plan{
		Version:  strategy.Version,
		Language: lang,
		Organisation: strategy.Organisation{
			Name:      "Fjellstua Kro",
			About:     "Mountain inn with twelve rooms",
			Audiences: []strategy.Audience{{Name: "Hikers"}, {Name: "Cabin owners"}},
		},
		Presence:         strategy.PresenceNone,
		NoPresenceReason: "Our guests find us through the trekking association and word of mouth.\nWe have no time to keep channels alive.",
		Review:           strategy.Review{Cadence: "Every January", Owner: "Marit"},
	}
	if lang == strategy.LangNynorsk {
		p.Organisation.About = "Fjellkro med tolv rom"
		p.Organisation.Audiences = []strategy.Audience{{Name: "Turgåarar"}, {Name: "Hytteeigarar"}}
		p.NoPresenceReason = "Gjestene finn oss gjennom turistforeininga og jungeltelegrafen.\nVi har ikkje tid til å halde kanalar i live."
		p.Review.Cadence = "Kvar januar"
	}
	if lang == strategy.LangBokmal {
		p.Organisation.About = "Fjellkro med tolv rom"
		p.Organisation.Audiences = []strategy.Audience{{Name: "Turgåere"}, {Name: "Hytteeiere"}}
		p.NoPresenceReason = "Gjestene finner oss gjennom turistforeningen og jungeltelegrafen.\nVi har ikke tid til å holde kanaler i live."
		p.Review.Cadence = "Hver januar"
	}
	return p
}

// noPresenceRequired answers only what a plan without presence requires.
func noPresenceRequired(lang string) *strategy.Plan {
	return &strategy.Plan{
		Version: strategy.Version, Language: lang,
		Organisation:     strategy.Organisation{Name: "Fjellstua Kro"},
		Presence:         strategy.PresenceNone,
		NoPresenceReason: "Not now",
	}
}

// tricky is the example plan with everyday answers that hold characters
// Markdown gives meaning to in some places.
func tricky(t testing.TB, lang string) *strategy.Plan {
	p := v1Example(t, lang) // the goldens were made with the format 1 example
	p.Organisation.Name = "Kari & Ola's C# café_bar"
	p.Organisation.About = "We bake 5 * 3 kinds of bread.\n- every day\n# fresh\nPrices: ~~40~~ 35 kr, <b>cheap</b>\nPaths like C:\\bakery\\ end with \\"
	p.Organisation.Audiences = []strategy.Audience{{Name: "Families < 10 min away"}, {Name: "Office_managers, AT&T staff"}, {Name: "1. priority: neighbours"}}
	p.Channels[0].Goal = "Reach 2,000 followers | 50 saves a week"
	p.Channels[0].Owner = "Kari | Ola"
	p.Channels[0].Measures = []string{"`saves`", "[reach]", "*likes*"}
	p.Voice.Tone = "Warm; *never* shouty -- honest"
	p.Responses.Incident.HoldingStatement = "We know about the problem.\nNext update at 14:00 -> here.\n\n> Kari & Ola"
	return p
}

func TestPlansAreValid(t *testing.T) {
	// The tests render the plans a person could save; a plan that does not
	// validate would test a document nobody gets.
	for _, lang := range strategy.Languages {
		for _, p := range []*strategy.Plan{strategy.Example(lang), requiredOnly(lang), noPresence(lang), noPresenceRequired(lang)} {
			if errs := p.Validate(); errs != nil {
				t.Errorf("Validate(%s, %s) = %v, want nil", p.Organisation.Name, lang, errs)
			}
		}
	}
}

// v1Example loads the model example as socialstrategy wrote it in
// answers file format 1.
func v1Example(t testing.TB, lang string) *strategy.Plan {
	t.Helper()
	p, err := strategy.Load(filepath.Join("..", "testdata", "v1", "example_"+lang+".yaml"))
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestGolden(t *testing.T) {
	// The documents, byte for byte. Review changes to testdata/TestGolden
	// like code; regenerate with go test ./templates -run TestGolden -update.
	tests := []struct {
		name string
		plan *strategy.Plan
		opts Options
	}{
		// Format 1: the model example as version 1 wrote it renders as it
		// always did.
		{"en_full", v1Example(t, "en"), Options{}},
		{"nb_full", v1Example(t, "nb"), Options{}},
		{"en_full_checklist", v1Example(t, "en"), Options{Checklist: true}},
		{"en_plan_lang_nb", v1Example(t, "en"), Options{Lang: strategy.LangBokmal}},
		// Format 2: the model example with every section answered.
		{"en_example", strategy.Example(strategy.LangEnglish), Options{}},
		{"nb_example", strategy.Example(strategy.LangBokmal), Options{}},
		{"en_none", noPresence(strategy.LangEnglish), Options{}},
		{"nb_none", noPresence(strategy.LangBokmal), Options{}},
		{"en_none_required", noPresenceRequired(strategy.LangEnglish), Options{}},
		{"nb_none_required", noPresenceRequired(strategy.LangBokmal), Options{}},
		{"en_required", requiredOnly(strategy.LangEnglish), Options{}},
		{"nb_required", requiredOnly(strategy.LangBokmal), Options{}},
		{"en_required_checklist", requiredOnly(strategy.LangEnglish), Options{Checklist: true}},
		{"nb_required_checklist", requiredOnly(strategy.LangBokmal), Options{Checklist: true}},
		{"en_none_checklist", noPresenceRequired(strategy.LangEnglish), Options{Checklist: true}},
		// Nothing left to decide: no checklist section at all.
		{"en_example_checklist", strategy.Example(strategy.LangEnglish), Options{Checklist: true}},
		{"nn_full", v1Example(t, "nn"), Options{}},
		{"nn_example", strategy.Example(strategy.LangNynorsk), Options{}},
		{"nn_none", noPresence(strategy.LangNynorsk), Options{}},
		{"nn_none_required", noPresenceRequired(strategy.LangNynorsk), Options{}},
		{"nn_required", requiredOnly(strategy.LangNynorsk), Options{}},
		{"nn_required_checklist", requiredOnly(strategy.LangNynorsk), Options{Checklist: true}},
		// --lang nn renders a bokmål plan with the nynorsk template.
		{"nb_plan_lang_nn", v1Example(t, "nb"), Options{Lang: strategy.LangNynorsk}},
		// --lang renders an English plan with the bokmål template.
		// Everyday text that means something to Markdown somewhere: the
		// backslashes stand only where it would.
		{"en_tricky", tricky(t, strategy.LangEnglish), Options{}},
		{"nb_tricky", tricky(t, strategy.LangBokmal), Options{}},
		{"nn_tricky", tricky(t, strategy.LangNynorsk), Options{}},
		{"en_example_lang_nb", strategy.Example(strategy.LangEnglish), Options{Lang: strategy.LangBokmal}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			golden.RequireEqual(t, mustRender(t, tt.plan, tt.opts))
		})
	}
}

func TestRequiredOnlySaysToBeDecided(t *testing.T) {
	// Every point left open says so plainly; no heading stands without
	// text under it and no label without a value after it.
	for _, lang := range strategy.Languages {
		for _, p := range []*strategy.Plan{requiredOnly(lang), noPresenceRequired(lang)} {
			md := mustRender(t, p, Options{})
			tbd := "*" + ToBeDecided.In(lang) + "*"
			if !strings.Contains(md, tbd) {
				t.Errorf("Render(%s, %s) has no %q:\n%s", p.Presence, lang, tbd, md)
			}
			lines := strings.Split(md, "\n")
			for i, l := range lines {
				if strings.HasSuffix(l, ":**") || strings.HasSuffix(l, ":** ") || strings.HasSuffix(l, "| |") || strings.Contains(l, "|  |") {
					t.Errorf("Render(%s, %s) line %d = %q: a label without a value", p.Presence, lang, i+1, l)
				}
			}
			if empty := emptyHeadings(md); empty != nil {
				t.Errorf("Render(%s, %s) has headings with nothing under them: %q\n%s", p.Presence, lang, empty, md)
			}
			if strings.Contains(md, "\n\n\n") || strings.HasPrefix(md, "\n") || !strings.HasSuffix(md, "\n") || strings.HasSuffix(md, "\n\n") {
				t.Errorf("Render(%s, %s) has stray blank lines:\n%q", p.Presence, lang, md)
			}
		}
	}
}

func TestChecklist(t *testing.T) {
	p := requiredOnly(strategy.LangEnglish)
	done, total := p.Decided()
	open := 0
	for _, s := range p.Sections() {
		if !s.Answered(p) {
			open++
		}
	}
	if open == 0 {
		t.Fatal("the required-only plan answers every optional section")
	}
	md := mustRender(t, p, Options{Checklist: true})
	if got, want := strings.Count(md, "\n- [ ] "), total-done+open; got != want {
		t.Errorf("Render(--with-checklist) has %d open points, want %d:\n%s", got, want, md)
	}
	for _, want := range []string{"## Still to be decided\n", "- [ ] Instagram: goal\n", "- [ ] Our newsletter: how often we post\n", "- [ ] Who reviews the strategy\n", "- [ ] Governance and security (optional section)\n"} {
		if !strings.Contains(md, want) {
			t.Errorf("Render(--with-checklist) has no %q", want)
		}
	}
	if md := mustRender(t, p, Options{}); strings.Contains(md, "- [ ]") {
		t.Errorf("Render(no checklist) has a checklist:\n%s", md)
	}
	if md := mustRender(t, strategy.Example(strategy.LangEnglish), Options{Checklist: true}); strings.Contains(md, "Still to be decided") {
		t.Errorf("Render(complete plan, --with-checklist) has an empty checklist section:\n%s", md)
	}
}

func TestDeterministic(t *testing.T) {
	for _, lang := range strategy.Languages {
		for _, p := range []*strategy.Plan{strategy.Example(lang), noPresence(lang), requiredOnly(lang), largePlan(t)} {
			opts := Options{Lang: lang, Checklist: true}
			first := mustRender(t, p, opts)
			for range 5 {
				if again := mustRender(t, p, opts); again != first {
					t.Fatalf("Render(%s, %s) differs between runs:\n%s\n---\n%s", p.Organisation.Name, lang, first, again)
				}
			}
		}
	}
}

// hostile are texts that mean something to Markdown, HTML or the template
// engine. Each goes into every text field of a plan.
var hostile = []string{
	"{{ .Organisation.Name }} {{/* x */}} {{ end }}",
	"#", "# Heading", "## Heading ##", "###### six", "####### seven", "Title #", "Title ##", "#hashtag",
	"*", "*bold* **strong** _em_ __strong__", "* x", "***",
	"|", "a | b | c", "| --- | --- |",
	"<script>alert(1)</script>", "<b>bold</b>", "<!-- comment -->", "<http://example.com>",
	"&amp; &#169; &#x41; &copy;", "AT&T",
	"`code`", "``two``", "```go",
	"---", "===", "- - -", "___", "~~~", "~~strike~~",
	"1. x", "1) x", "2024. A good year",
	"- x", "+ x", "> x", ">",
	"[link](x)", "![image](x)", "[ref]: http://x", "[x]", "[ ] task",
	"\\", "ends with a backslash \\", "\\# not a heading",
	"http://example.com www.example.com",
	"line one\n# Heading\n---\n===\n1. x\n- x\n> x\n    indented code\n```\nfence\n```\n<div>\n| a | b |\n|---|---|\n[link](x)",
	"Setext\n===",
	"Setext\n---",
	"para one\n\npara two\n\n\n# three",
	"{{ }} # * | <script> &amp; ` --- === 1. x - x > x [link](x)\n# Heading\n---\n===\n1. x\n- x\n> x\n`x`",
}

func TestHostileText(t *testing.T) {
	// User text is data, never markup: whatever is written in any field
	// shows as written and leaves the document's structure as it is for
	// plain text.
	bases := []struct {
		name    string
		plan    *strategy.Plan
		minSeen int // user texts in the document: some show twice
	}{
		{"full", strategy.Example(strategy.LangEnglish), 57},
		{"none", noPresence(strategy.LangEnglish), 7},
	}
	for _, base := range bases {
		for _, lang := range strategy.Languages {
			for _, checklist := range []bool{false, true} {
				opts := Options{Lang: lang, Checklist: checklist}
				plainPlan := fillPlan(base.plan, userToken)
				plainMD := mustRender(t, plainPlan, opts)
				want := shapeOf(plainMD)
				if len(want.Unsafe) > 0 {
					t.Fatalf("Render(plain text) has %q", want.Unsafe)
				}
				plainText := textOf(plainMD)
				// How often a reader sees user text in the document.
				seen := 0
				for i := 0; strings.Contains(plainMD, userToken(i)) || i < 200; i++ {
					seen += strings.Count(plainText, userToken(i))
				}
				if seen < base.minSeen {
					t.Fatalf("Render(plain text) shows %d user texts, want every field (%d)", seen, base.minSeen)
				}

				for _, h := range hostile {
					name := base.name + "/" + lang
					if checklist {
						name += "/checklist"
					}
					t.Run(name+"/"+h, func(t *testing.T) {
						md := mustRender(t, fillPlan(base.plan, func(int) string { return h }), opts)
						got := shapeOf(md)
						if len(got.Unsafe) > 0 {
							t.Errorf("Render(%q) has %q, want no HTML or links", h, got.Unsafe)
						}
						if !reflect.DeepEqual(got.structure(), want.structure()) {
							t.Errorf("Render(%q) structure = %+v, want %+v\n%s", h, got.structure(), want.structure(), md)
						}
						// The user text shows, as written, exactly where the
						// plain text shows.
						text, w := textOf(md), fold(h)
						if g, want := strings.Count(text, w), strings.Count(plainText, w)+seen; g != want {
							t.Errorf("Render(%q) shows the text %d times, want %d\n%s\n%s", h, g, want, md, text)
						}
					})
				}
			}
		}
	}
}

func TestLanguages(t *testing.T) {
	// Each language's document has the same shape, and not one heading or
	// label of the other language.
	plans := []struct {
		name string
		plan func(string) *strategy.Plan
	}{
		{"full", strategy.Example},
		{"none", noPresence},
		{"required", requiredOnly},
		{"none required", noPresenceRequired},
	}
	for _, tt := range plans {
		t.Run(tt.name, func(t *testing.T) {
			shapes := map[string]shape{}
			for _, lang := range strategy.Languages {
				// Tokens for user text, so that only the template's own
				// words are left when they are taken out.
				p := fillPlan(tt.plan(lang), userToken)
				s := shapeOf(mustRender(t, p, Options{Checklist: true}))
				for i := range s.Titles {
					s.Titles[i] = strings.TrimSpace(untoken(s.Titles[i]))
				}
				for i := range s.Labels {
					s.Labels[i] = untoken(s.Labels[i])
				}
				shapes[lang] = s
			}
			// Every language has the English document's headings and
			// structure, and none of its words.
			en := shapes[strategy.LangEnglish]
			for _, lang := range strategy.Languages[1:] {
				other := shapes[lang]
				if !reflect.DeepEqual(en.Headings, other.Headings) {
					t.Errorf("heading levels: en = %v, %s = %v; want the same", en.Headings, lang, other.Headings)
				}
				if !reflect.DeepEqual(en.structure(), other.structure()) {
					t.Errorf("structure: en = %+v, %s = %+v; want the same", en.structure(), lang, other.structure())
				}
				for _, pair := range [][2]shape{{en, other}, {other, en}} {
					for _, w := range append(slices.Clone(pair[0].Titles), pair[0].Labels...) {
						// Punctuation around user text ("Instagram (@handle)",
						// "TikTok:") is in no language.
						if strings.ContainsFunc(w, unicode.IsLetter) && (slices.Contains(pair[1].Titles, w) || slices.Contains(pair[1].Labels, w)) {
							t.Errorf("%q appears in both the en and the %s document", w, lang)
						}
					}
				}
			}
			// Nynorsk and bokmål share many words (Mål, Svartid), but a
			// nynorsk heading or label never has a word only bokmål uses.
			for _, w := range append(slices.Clone(shapes[strategy.LangNynorsk].Titles), shapes[strategy.LangNynorsk].Labels...) {
				if b := bokmalWords(w); b != nil {
					t.Errorf("nynorsk heading or label %q has the bokmål words %q", w, b)
				}
			}
		})
	}
	for _, lang := range strategy.Languages {
		md := mustRender(t, requiredOnly(lang), Options{Checklist: true})
		for _, other := range strategy.Languages {
			if w := ToBeDecided.In(other); other != lang && strings.Contains(md, w) {
				t.Errorf("Render(%s) says %q, the words of %s", lang, w, other)
			}
		}
	}
}

// bokmålOnly are common words that bokmål writes and nynorsk does not; a
// nynorsk text that has one has slipped into bokmål.
var bokmålOnly = []string{"ikke", "hva", "hvordan", "hvem", "hvor", "hvorfor", "hvis", "jeg", "deres", "dere",
	"noen", "ønsker", "følgere", "uke", "uker", "uken", "ennå", "fremtidige", "nåværende", "tidligere", "kunder",
	"kanaler", "ansvarlig", "formål", "måltall", "talspersoner", "beslutning", "beslutningen", "være",
	"til stede", "hver", "hvert", "bare", "lagret", "avsluttet", "virksomheten",
	"virksomhet", "mangler", "svake", "punkter", "skriv inn", "velg", "ugyldig", "bekreft", "ledelsen", "ansatte"}

// bokmalWords returns the bokmål-only words in s, nil when it has none.
func bokmalWords(s string) []string {
	var out []string
	low := " " + strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}), " ") + " "
	for _, w := range bokmålOnly {
		if strings.Contains(low, " "+w+" ") {
			out = append(out, w)
		}
	}
	return out
}

func untoken(s string) string {
	for i := range 1000 {
		s = strings.ReplaceAll(s, userToken(i), "")
	}
	return s
}

func TestUserTemplate(t *testing.T) {
	dir := t.TempDir()
	write := func(name, src string) string {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	good := write("short.md.tmpl", "# {{text .Organisation.Name}}\n\n"+
		"{{range .Channels}}- {{channel .ID}}: {{purposes .Purposes}}; {{join .Measures}}\n{{end}}\n"+
		"Speakers: {{speakers .Voice.Spokespeople}}. Review: {{text .Review.Cadence}}. Open: {{len .Checklist}}. {{tbd}}\n")
	p := strategy.Example(strategy.LangEnglish)
	p.Review.Cadence = ""

	tests := []struct {
		name string
		opts Options
		want string
	}{
		{
			"English",
			Options{TemplateFile: good, Checklist: true},
			"# Solsiden Bakeri\n\n" +
				"- Instagram: Inspire and engage, inform about products, services and events, listen to what is said; followers, reach, clicks, mentions\n" +
				"- Facebook: Inform about products, services and events, customer service and dialogue, inform during incidents; clicks, conversions, response time, time to first post\n\n" +
				"Speakers: Designated people. Review: *To be decided*. Open: 1. *To be decided*\n",
		},
		{
			"the functions speak --lang",
			Options{TemplateFile: good, Lang: strategy.LangBokmal},
			"# Solsiden Bakeri\n\n" +
				"- Instagram: Inspirere og engasjere, informere om produkter, tjenester og arrangementer, lytte til det som blir sagt; followers, reach, clicks, mentions\n" +
				"- Facebook: Informere om produkter, tjenester og arrangementer, kundeservice og dialog, informere ved uventede hendelser; clicks, conversions, response time, time to first post\n\n" +
				"Speakers: Utpekte talspersoner. Review: *Ikke avklart ennå*. Open: 0. *Ikke avklart ennå*\n",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := mustRender(t, p, tt.opts); got != tt.want {
				t.Errorf("Render(%+v) =\n%s\nwant\n%s", tt.opts, got, tt.want)
			}
		})
	}

	// A template printed with `template show` renders like the built-in.
	for _, name := range Names() {
		src, err := Source(name)
		if err != nil {
			t.Fatal(err)
		}
		path := write("copy-"+name+".md.tmpl", string(src))
		ex := strategy.Example(name)
		if got, want := mustRender(t, ex, Options{TemplateFile: path}), mustRender(t, ex, Options{}); got != want {
			t.Errorf("Render(--template copy of %s) differs from the built-in:\n%s\nwant\n%s", name, got, want)
		}
	}
	if _, err := Source("de"); err == nil || err.Error() != `no built-in template "de" (known: en, nb, nn)` {
		t.Errorf("Source(%q) error = %v, want no built-in template", "de", err)
	}
}

func TestTemplateErrors(t *testing.T) {
	// A broken template names its file and line, and nothing is written.
	dir := t.TempDir()
	tests := []struct {
		file, src string
		want      []string // parts of the error
	}{
		{"unclosed.md.tmpl", "# Title\n\n{{text .Organisation.Name\n", []string{"unclosed.md.tmpl:4:", "unclosed action started at unclosed.md.tmpl:3"}},
		{"function.md.tmpl", "# Title\n{{shout .Organisation.Name}}\n", []string{"function.md.tmpl:2:", `function "shout" not defined`}},
		{"field.md.tmpl", "# Title\n\n\n{{.Organisation.Nmae}}\n", []string{"field.md.tmpl:4:", "can't evaluate field Nmae"}},
		{"argument.md.tmpl", "{{range .Channels}}\n{{text .Purposes}}\n{{end}}", []string{"argument.md.tmpl:2:", "wrong type for value"}},
		{"end.md.tmpl", "# Title\n{{if .Active}}\nyes\n", []string{"end.md.tmpl:", "unexpected EOF"}},
		{"halfway.md.tmpl", "# Title\nsome text\n{{index .Channels 7}}\n", []string{"halfway.md.tmpl:3:", "index out of range"}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			path := filepath.Join(dir, tt.file)
			if err := os.WriteFile(path, []byte(tt.src), 0o644); err != nil {
				t.Fatal(err)
			}
			var b bytes.Buffer
			err := Render(&b, strategy.Example(strategy.LangEnglish), Options{TemplateFile: path})
			if err == nil {
				t.Fatalf("Render(--template %s) error = nil, want one", tt.file)
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("Render(--template %s) error = %q, want it to contain %q", tt.file, err, w)
				}
			}
			if b.Len() > 0 {
				t.Errorf("Render(--template %s) wrote %q before failing, want nothing", tt.file, b.String())
			}
		})
	}
	missing := filepath.Join(dir, "missing.md.tmpl")
	if err := Render(&bytes.Buffer{}, strategy.Example("en"), Options{TemplateFile: missing}); !errors.Is(err, os.ErrNotExist) || !strings.Contains(err.Error(), missing) {
		t.Errorf("Render(--template %s) error = %v, want not exist naming the file", missing, err)
	}
}

func TestRenderUnknownLanguage(t *testing.T) {
	var b bytes.Buffer
	err := Render(&b, strategy.Example(strategy.LangEnglish), Options{Lang: "de"})
	if err == nil || err.Error() != `unknown language "de" (known: en, nb, nn)` || b.Len() > 0 {
		t.Errorf("Render(--lang de) = %q, %v; want nothing and an unknown language error", b.String(), err)
	}
}

// failWriter fails every write, like a full disk or a closed pipe.
type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestRenderWriteError(t *testing.T) {
	if err := Render(failWriter{}, strategy.Example("en"), Options{}); err == nil || err.Error() != "disk full" {
		t.Errorf("Render(failing writer) error = %v, want disk full", err)
	}
}
