package strategy

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"
)

// kindPlans reads every plan in testdata/kinds (a municipality, a club, a
// school, a nonprofit without presence; en, nb, nn) with its source text.
func kindPlans(t *testing.T) map[string]struct {
	plan *Plan
	src  string
} {
	t.Helper()
	files, err := filepath.Glob("../testdata/kinds/*.yaml")
	if err != nil || len(files) < 12 {
		t.Fatalf("testdata/kinds: %d plans, %v", len(files), err)
	}
	out := map[string]struct {
		plan *Plan
		src  string
	}{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		p, err := Parse(f, b)
		if err != nil {
			t.Fatal(err)
		}
		out[filepath.Base(f)] = struct {
			plan *Plan
			src  string
		}{p, string(b)}
	}
	return out
}

// thinned is the plan with the answers that call for the adviser's
// examples taken out or weakened: no guidelines, listening terms,
// escalation, reporting rhythm or call list, a goal with no number, a
// holding statement that names nobody affected, measures that fit no
// purpose, everyone as spokespeople.
func thinned(p *Plan) *Plan {
	q := *p
	q.Voice.Guidelines = nil
	q.Voice.Spokespeople = SpeakEveryone
	q.Voice.SpokespeopleNames = nil
	q.Listening.Terms = nil
	q.Responses.Criticism.Escalation = ""
	q.Responses.Incident.HoldingStatement = "Something happened."
	q.Responses.Incident.FirstSteps = []string{"Write a post"}
	q.Responses.Incident.Contacts = nil
	q.Reporting = Reporting{Cadence: "when needed", Owner: "someone"}
	q.Channels = slices.Clone(p.Channels)
	for i := range q.Channels {
		q.Channels[i].Goal = "Be better known by June 2027"
		q.Channels[i].Measures = []string{"mood"}
		q.Channels[i].Purposes = []string{"promote", "support", "listen"}
	}
	return &q
}

// businessWords are the words a strategy for a business uses and one for
// another kind must not, as lower-case word stems ("customer" matches
// "customers"); a phrase matches whole words in order.
var businessWords = []string{"customer", "kunde", "kunda", "product", "produkt", "orders", "bestilling",
	"business plan", "forretningsplan", "manager", "daglig leder", "dagleg leiar", "konkurrent", "competitor"}

// exampleNames are the people and the bakery of the example plan
// (strategy/example.go), which must never turn up in advice about another
// plan.
var exampleNames = []string{"kari", "ola", "solsiden"}

// hasWord reports whether text holds the word stem or phrase w as whole
// words at the start (stems match longer words unless exact).
func hasWord(text, w string, exact bool) bool {
	ws := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) })
	ph := strings.Fields(w)
	for i := 0; i+len(ph) <= len(ws); i++ {
		ok := true
		for k, x := range ph {
			last := k == len(ph)-1
			if ws[i+k] != x && (exact || !last || !strings.HasPrefix(ws[i+k], x)) {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// TestCheckSpeaksTheKindsWords runs the adviser on every plan in
// testdata/kinds, as written and thinned, and reads every finding in
// English, bokmål and nynorsk: no business word (unless it is the kind's
// own word or the plan's own text, quoted) and no name from the example
// plan.
func TestCheckSpeaksTheKindsWords(t *testing.T) {
	today := time.Date(2027, 6, 1, 0, 0, 0, 0, time.UTC)
	for name, kp := range kindPlans(t) {
		if kp.plan.Organisation.Kind == KindBusiness || kp.plan.Organisation.Kind == "" {
			t.Fatalf("%s: testdata/kinds holds plans of the other kinds", name)
		}
		k := KindByID(kp.plan.Organisation.Kind)
		for _, variant := range []struct {
			name string
			p    *Plan
		}{{"as written", kp.plan}, {"thinned", thinned(kp.plan)}} {
			for _, f := range variant.p.CheckOn(today) {
				for _, lang := range []string{LangEnglish, LangBokmal, LangNynorsk} {
					text := f.Message.In(lang) + " " + f.Suggestion.In(lang)
					if strings.Contains(text, "%!") {
						t.Errorf("%s (%s, %s) %s: a format fault: %s", name, variant.name, lang, f.Rule, text)
					}
					own := kp.src + " " + k.People.In(lang) + " " + k.Everyone.In(lang)
					words := slices.Clone(businessWords)
					for _, w := range []string{"staff", "ansatte", "tilsette"} {
						if !hasWord(own, w, false) {
							words = append(words, w)
						}
					}
					for _, w := range words {
						if hasWord(text, w, false) && !hasWord(own, w, false) {
							t.Errorf("%s (%s, %s) %s: business word %q:\n%s", name, variant.name, lang, f.Rule, w, text)
						}
					}
					for _, w := range exampleNames {
						if hasWord(text, w, true) && !hasWord(kp.src, w, true) {
							t.Errorf("%s (%s, %s) %s: name %q from the example plan:\n%s", name, variant.name, lang, f.Rule, w, text)
						}
					}
				}
			}
		}
	}
}

// TestHasWord shows the reader the test above relies on.
func TestHasWord(t *testing.T) {
	for _, c := range []struct {
		text, w string
		exact   bool
		want    bool
	}{
		{"Customers who … should …", "customer", false, true},
		{"to the manager", "manager", false, true},
		{"månedlig, til daglig leder", "daglig leder", false, true},
		{"dagleg leiar", "daglig leder", false, false},
		{"in order to", "orders", false, false},
		{"Kari, Ola", "ola", true, true},
		{"Olav", "ola", true, false},
		{"sosiale", "ola", true, false},
	} {
		if got := hasWord(c.text, c.w, c.exact); got != c.want {
			t.Errorf("hasWord(%q, %q) = %v, want %v", c.text, c.w, got, c.want)
		}
	}
}

// TestPartOfClaimsNothingUnanswered holds each kind's fixed sentence in the
// document to what the answers say: it must not claim an approval ("adopted
// by the board") or a plan ("part of our annual plan") that the plan does
// not name; the approval is document.approved_by.
func TestPartOfClaimsNothingUnanswered(t *testing.T) {
	claims := []string{"adopted", "approved", "vedtatt", "vedteken", "godkjent", "godkjend", "board", "styret",
		"annual plan", "årsplan", "business plan", "forretningsplan", "strategy and", "kommunikasjonsstrategi"}
	for _, k := range Kinds {
		for _, lang := range []string{LangEnglish, LangBokmal, LangNynorsk} {
			s := strings.ToLower(k.PartOf.In(lang))
			for _, c := range claims {
				if strings.Contains(s, c) {
					t.Errorf("%s (%s): PartOf claims %q, which no answer says: %q", k.ID, lang, c, k.PartOf.In(lang))
				}
			}
		}
	}
}
