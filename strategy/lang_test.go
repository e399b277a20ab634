package strategy

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode"
)

func TestTextIn(t *testing.T) {
	full := Text{En: "en", Nb: "nb", Nn: "nn"}
	tests := []struct {
		name string
		t    Text
		lang string
		want string
	}{
		{"en", full, LangEnglish, "en"},
		{"nb", full, LangBokmal, "nb"},
		{"nn", full, LangNynorsk, "nn"},
		{"unknown language", full, "sv", "en"},
		// The run-time fallbacks; Complete refuses both phrases.
		{"nn missing falls back to nb", Text{En: "en", Nb: "nb"}, LangNynorsk, "nb"},
		{"nn and nb missing fall back to en", Text{En: "en"}, LangNynorsk, "en"},
		{"nb missing falls back to en", Text{En: "en", Nn: "nn"}, LangBokmal, "en"},
	}
	for _, tt := range tests {
		if got := tt.t.In(tt.lang); got != tt.want {
			t.Errorf("%s: %+v.In(%q) = %q, want %q", tt.name, tt.t, tt.lang, got, tt.want)
		}
	}
}

func TestTextComplete(t *testing.T) {
	tests := []struct {
		t      Text
		ok     bool
		reason string
	}{
		{Text{En: "a %s", Nb: "b %s", Nn: "c %s"}, true, ""},
		{Text{En: "a", Nb: "b"}, false, "no nn text"},
		{Text{En: "a", Nn: "c"}, false, "no nb text"},
		{Text{En: "a", Nb: "b", Nn: " "}, false, "no nn text"},
		{Text{En: "%d of %d", Nb: "%d av %d", Nn: "%d av"}, false, "%d: en has 2, nb 2, nn 1"},
		{Text{En: "%q", Nb: "%s", Nn: "%q"}, false, "%s: en has 0, nb 1, nn 0"},
	}
	for _, tt := range tests {
		if ok, reason := tt.t.Complete(); ok != tt.ok || reason != tt.reason {
			t.Errorf("%+v.Complete() = %v, %q; want %v, %q", tt.t, ok, reason, tt.ok, tt.reason)
		}
	}
}

func TestNextLanguage(t *testing.T) {
	for _, tt := range []struct{ from, want string }{
		{LangEnglish, LangBokmal}, {LangBokmal, LangNynorsk}, {LangNynorsk, LangEnglish}, {"", LangEnglish}, {"sv", LangEnglish},
	} {
		if got := NextLanguage(tt.from); got != tt.want {
			t.Errorf("NextLanguage(%q) = %q, want %q", tt.from, got, tt.want)
		}
	}
}

// TestCatalogueComplete fails when a phrase of the strategy catalogue (the
// purposes, their help and measures, who may speak, the checklist's points
// and the adviser's rules) lacks a language or its languages take
// different format verbs. Nynorsk is required like bokmål: a phrase
// without it would show bokmål to a nynorsk reader.
func TestCatalogueComplete(t *testing.T) {
	check := func(where string, tx Text) {
		t.Helper()
		if ok, reason := tx.Complete(); !ok {
			t.Errorf("%s = %+v: %s", where, tx, reason)
		}
	}
	for _, p := range Purposes {
		check("Purposes["+p.ID+"].Name", p.Name)
		check("Purposes["+p.ID+"].Help", p.Help)
		for _, m := range p.Measures {
			check("Purposes["+p.ID+"].Measures", m)
		}
	}
	for _, s := range Spokespeople {
		check("Spokespeople["+s.ID+"]", s.Name)
	}
	for _, r := range Rules() {
		check("Rules["+r.ID+"].Reason", r.Reason)
	}
	for _, s := range Severities {
		for _, lang := range Languages[1:] {
			if s.Label(lang) == s.Label(LangEnglish) && lang != LangBokmal && s != Tip {
				t.Errorf("Severity(%q).Label(%q) = %q, the English", s, lang, s.Label(lang))
			}
		}
	}
	for _, p := range []*Plan{Example(LangEnglish), {Presence: PresenceNone}, {Presence: PresenceActive, Channels: []Channel{{ID: "blog"}}}} {
		for _, pt := range p.Points() {
			check("Points["+pt.Path+"]", pt.Name)
		}
	}
	for _, c := range Channels {
		if (c.NameNb == "") != (c.NameNn == "") {
			t.Errorf("Channels[%s]: NameNb = %q, NameNn = %q; want both or neither", c.ID, c.NameNb, c.NameNn)
		}
	}
}

// TestExampleEveryLanguage: each language's example is written in that
// language, and has the English example's shape.
func TestExampleEveryLanguage(t *testing.T) {
	shape := func(p *Plan) []int {
		return []int{len(p.Organisation.Audiences), len(p.Channels), len(p.Voice.Guidelines), len(p.Listening.Terms),
			len(p.Responses.Incident.Channels)}
	}
	en := Example(LangEnglish)
	for _, lang := range Languages {
		p := Example(lang)
		if p.Language != lang {
			t.Errorf("Example(%q).Language = %q", lang, p.Language)
		}
		if !reflect.DeepEqual(shape(p), shape(en)) {
			t.Errorf("Example(%q) has the shape %v, want the English example's %v", lang, shape(p), shape(en))
		}
	}
	nn := Example(LangNynorsk)
	all := strings.ToLower(strings.Join([]string{nn.Organisation.About, nn.Channels[0].Goal, nn.Channels[1].Cadence,
		nn.Voice.Tone, strings.Join(nn.Voice.Guidelines, " "), nn.Responses.Incident.HoldingStatement,
		nn.Responses.Incident.UpdateInterval, nn.Review.Cadence}, " "))
	for _, w := range []string{" ikke ", " hver ", " uke", " vet ", " kunder "} {
		if strings.Contains(" "+all+" ", w) {
			t.Errorf("Example(nn) has the bokmål %q: %s", w, all)
		}
	}
}

// nynorskOnly: a nynorsk finding with one of these bokmål words fell back
// to bokmål or was written in it.
var notNynorsk = []string{"ikke", "hva", "hvordan", "hvem", "hvor", "hvorfor", "hvis", "hvilke", "noen", "noe",
	"dere", "deres", "ønsker", "følgere", "uke", "uka", "ennå", "kunder", "kanaler", "kanalene", "formål", "måltall",
	"talspersoner", "beslutningen", "være", "hver", "hvert", "bare", "virksomheten", "ansatte", "gjør", "kommer",
	"videre", "fra", "navn", "mer", "eksempel", "sier", "vet", "skrevet", "hendelse", "hendelser", "timer"}

func bokmalIn(s string) []string {
	var out []string
	low := " " + strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r)
	}), " ") + " "
	for _, w := range notNynorsk {
		if strings.Contains(low, " "+w+" ") {
			out = append(out, w)
		}
	}
	return out
}

// TestFindingsNynorsk: every finding every rule case makes is in nynorsk,
// with no bokmål word, and every rule's reason too. The plans' own text is
// English or nynorsk here, so a bokmål word comes from the adviser.
func TestFindingsNynorsk(t *testing.T) {
	for _, r := range Rules() {
		if b := bokmalIn(r.Reason.Nn); b != nil {
			t.Errorf("rule %s: reason %q has the bokmål %q", r.ID, r.Reason.Nn, b)
		}
		for _, c := range ruleTests[r.ID] {
			if c.lang == LangBokmal {
				continue
			}
			p := Example(c.lang)
			c.edit(p)
			for _, f := range r.Check(p) {
				for _, s := range []string{f.Message.Nn, f.Suggestion.Nn} {
					if b := bokmalIn(s); b != nil {
						t.Errorf("%s(%q): %q has the bokmål %q", r.ID, c.name, s, b)
					}
				}
			}
		}
	}
}

// TestAdviserReadsNynorsk: the adviser reads answers written in nynorsk as
// it reads bokmål and English ones.
func TestAdviserReadsNynorsk(t *testing.T) {
	tests := []struct {
		rule string
		edit func(p *Plan)
		want []string
	}{
		{"goal-measurable", func(p *Plan) { p.Channels[0].Goal = "Bli meir synlege" }, []string{"gap channels[0].goal"}},
		{"goal-measurable", func(p *Plan) { p.Channels[1].Goal = "Få 20 cateringbestillingar via Facebook" }, []string{"weak channels[1].goal"}},
		{"goal-measurable", func(p *Plan) { p.Channels[0].Goal = "Doble talet på følgjarar innan sommaren" }, nil},
		{"goal-measurable", func(p *Plan) { p.Channels[0].Goal = "Ta imot 10 bestillingar kvar veke" }, nil},
		{"measures-fit-purposes", func(p *Plan) { p.Channels[0].Measures = []string{"følgjarar", "klikk", "omtalar"} }, nil},
		{"criticism-response-time", func(p *Plan) { p.Responses.Criticism.ResponseTime = "innan to yrkedagar" }, []string{"tip responses.criticism.response_time"}},
		{"criticism-response-time", func(p *Plan) { p.Responses.Criticism.ResponseTime = "innan ein time" }, nil},
		{"criticism-response-time", func(p *Plan) { p.Responses.Criticism.ResponseTime = "innan tre veker" }, []string{"weak responses.criticism.response_time"}},
		{"incident-interval", func(p *Plan) {
			p.Responses.Incident.UpdateInterval = "kvar time; etterpå stansar vi planlagde innlegg"
		}, nil},
		{"incident-interval", func(p *Plan) { p.Responses.Incident.UpdateInterval = "kvar veke" }, []string{"weak responses.incident.update_interval"}},
		{"incident-aftermath", func(p *Plan) {
			p.Responses.Incident.UpdateInterval, p.Responses.Incident.Afterwards, p.Responses.Incident.FirstSteps = "annakvar time", "", nil
		}, []string{"weak responses.incident"}},
		{"holding-statement", func(p *Plan) {
			p.Responses.Incident.HoldingStatement = "Vi veit at nettbutikken er nede. Kundar som har bestilt, får varene sine. Vi arbeider med saka og oppdaterer her innan kl. 14."
		}, nil},
	}
	for _, tt := range tests {
		p := Example(LangNynorsk)
		tt.edit(p)
		var got []Finding
		for _, r := range Rules() {
			if r.ID == tt.rule {
				got = r.Check(p)
			}
		}
		if keys := findingKeys(got); !slices.Equal(keys, tt.want) {
			t.Errorf("%s on the nynorsk example edited = %q, want %q", tt.rule, keys, tt.want)
		}
	}
}

// TestFieldTexts: every error an answers file can get, from the files in
// testdata, has its explanation in bokmål and nynorsk, keeps the place
// (file:line:col: path:) and reads as the language it claims.
func TestFieldTexts(t *testing.T) {
	for k, tx := range fieldTexts {
		if ok, reason := tx.Complete(); !ok || tx.En != k {
			t.Errorf("fieldTexts[%q] = %+v: %s", k, tx, reason)
		}
	}
	for _, name := range []string{"errors.yaml", "hostile.yaml", "syntax.yaml", "none.yaml", "alias-bomb.yaml"} {
		data, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		_, err = Parse(name, data)
		var es Errors
		if !errors.As(err, &es) {
			continue
		}
		for _, e := range es {
			if e.text() == (Text{}) {
				continue // a syntax error, written in the file's language
			}
			if ok, reason := e.text().Complete(); !ok {
				t.Errorf("%s: %q has no translation: %s", name, e.Msg, reason)
			}
			place := strings.TrimSuffix(e.Error(), e.Msg)
			for _, lang := range []string{LangBokmal, LangNynorsk} {
				got := e.In(lang)
				if !strings.HasPrefix(got, place) || got == e.Error() {
					t.Errorf("%s: In(%s) = %q, want %q and the explanation translated", name, lang, got, place)
				}
			}
			if b := bokmalIn(e.In(LangNynorsk)); b != nil {
				t.Errorf("%s: In(nn) = %q has the bokmål %q", name, e.In(LangNynorsk), b)
			}
		}
	}
	// The file's language wins over the one asked for.
	_, err := Parse("plan.yaml", []byte("version: 1\nlanguage: nn\norganisation: {name: X}\npresence: maybe\n"))
	var es Errors
	if !errors.As(err, &es) || !strings.Contains(es.In(LangEnglish), "ukjend verdi \"maybe\" (kjende: active, none)") {
		t.Errorf("Parse(language: nn, bad presence).In(en) = %v, want it in nynorsk", err)
	}
}
