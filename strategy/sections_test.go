package strategy

import (
	"slices"
	"strings"
	"testing"
	"time"
)

func TestSectionsText(t *testing.T) {
	// Every section and every question on a section's page speaks every
	// language; a channel's question names its channel (%s) in each.
	for _, s := range Sections {
		for _, tx := range []Text{s.Name, s.Help} {
			if ok, reason := tx.Complete(); !ok {
				t.Errorf("section %s: %+v: %s", s.Page, tx, reason)
			}
		}
		if (s.NameNone == Text{}) != (s.HelpNone == Text{}) {
			t.Errorf("section %s has one of NameNone and HelpNone", s.Page)
		}
	}
	for _, q := range Questions {
		if _, ok := SectionOf(q.Page); !ok && !(q.Optional && q.PerChannel()) {
			continue
		}
		for _, tx := range []Text{q.Title, q.Help} {
			if ok, reason := tx.Complete(); !ok {
				t.Errorf("Questions[%s]: %+v: %s", q.Key, tx, reason)
			}
		}
		if q.PerChannel() && strings.Count(q.Title.En, "%s") != 1 {
			t.Errorf("Questions[%s].Title = %q, want the channel's name as %%s", q.Key, q.Title.En)
		}
	}
}

func TestSectionsQuestions(t *testing.T) {
	// Every optional question on a section's page is in its section for
	// the plans it applies to, and only in it; a plan without presence is
	// offered what it can answer (what it uses instead, private use, the
	// document's details), nothing about channels or responses.
	active, none := Example(LangEnglish), Example(LangEnglish)
	none.Presence = PresenceNone
	for _, q := range Questions {
		s, ok := SectionOf(q.Page)
		if !ok || q.PerChannel() {
			continue
		}
		if !q.Optional {
			t.Errorf("Questions[%s] is on the section page %s but on the quick path", q.Key, q.Page)
		}
		for _, p := range []*Plan{active, none} {
			in := slices.ContainsFunc(s.Questions(p), func(x Question) bool { return x.Key == q.Key })
			if in != q.Applies(p) {
				t.Errorf("Questions[%s] in section %s of a plan with presence %q: %v, want %v", q.Key, s.Page, p.Presence, in, q.Applies(p))
			}
		}
	}
	pages := func(p *Plan) (out []Page) {
		for _, s := range p.Sections() {
			out = append(out, s.Page)
		}
		return out
	}
	if got, want := pages(none), []Page{PageGovernance, PageStayAway, PageDocument}; !slices.Equal(got, want) {
		t.Errorf("sections of a plan without presence = %v, want %v", got, want)
	}
	if got := pages(active); slices.Contains(got, PageStayAway) || len(got) != len(Sections)-1 {
		t.Errorf("sections of an active plan = %v, want every one but %s", got, PageStayAway)
	}
	gov, _ := SectionOf(PageGovernance)
	// Its help asks about social media used privately; the name is the
	// term municipal policies use (strategy-anchors: "Privat bruk av
	// sosiale medier"), not "our own accounts", which reads as the
	// organisation's.
	for lang, want := range map[string]string{
		LangEnglish: "Private use of social media",
		LangBokmal:  "Privat bruk av sosiale medier",
		LangNynorsk: "Privat bruk av sosiale medium",
	} {
		if got := gov.Title(none).In(lang); got != want {
			t.Errorf("governance without presence is titled %q in %s, want %q", got, lang, want)
		}
	}
}

func TestSectionAnswered(t *testing.T) {
	p := Example(LangEnglish)
	content, _ := SectionOf(PageContent)
	if !content.Answered(p) {
		t.Error("the example's content is not answered")
	}
	p.Content, p.DeclinedChannels = Content{}, nil
	if content.Answered(p) {
		t.Error("content without an answer is answered")
	}
	p.Content.Planning = "  "
	if content.Answered(p) {
		t.Error("a blank answer counts as an answer")
	}
	p.Content.OffLimits = []string{"Politics"}
	if !content.Answered(p) {
		t.Error("one answer does not make the section answered")
	}
}

// withSuggestions is p with every suggestion of every section taken as
// offered.
func withSuggestions(p *Plan, today time.Time) *Plan {
	for _, s := range p.Sections() {
		for _, q := range s.Questions(p) {
			items := p.Suggested(q.Key, today)
			if len(items) == 0 {
				continue
			}
			switch v := q.Field(p, 0).(type) {
			case *string:
				*v = items[0]
			case *[]string:
				*v = items
			}
		}
	}
	return p
}

func TestSuggested(t *testing.T) {
	today := time.Date(2027, 3, 4, 12, 0, 0, 0, time.UTC)
	for _, s := range suggestions {
		q, _, ok := QuestionFor(s.key)
		if _, sec := SectionOf(q.Page); !ok || !sec || q.Key != s.key {
			t.Errorf("a suggestion for %s, which is no question of a section", s.key)
		}
		for _, k := range s.kinds {
			if !IsKind(k) {
				t.Errorf("a suggestion for %s is for the unknown kind %q", s.key, k)
			}
		}
		for _, it := range s.items {
			if ok, reason := it.Complete(); !ok {
				t.Errorf("suggestion for %s: %+v: %s", s.key, it, reason)
			}
		}
	}
	tests := []struct {
		kind, lang, key string
		want            []string // among the items
		not             []string
	}{
		{KindBusiness, LangEnglish, "governance.security", []string{"Two-factor login on every account", "Remove access the day someone leaves"}, nil},
		{KindClub, LangBokmal, "governance.legal", []string{"Bilder av barn under 15 år bare med samtykke fra foresatte"}, []string{"Reklame merkes tydelig som reklame (markedsføringsloven)"}},
		{KindPublic, LangNynorsk, "governance.legal", []string{"Innlegg og førespurnader som er saksdokument, blir arkiverte og journalførte (arkivlova, offentleglova)"}, nil},
		{KindPublic, LangBokmal, "governance.accessibility", []string{"Alternativ tekst på alle bilder", "Klarspråk i alle innlegg"}, nil},
		{KindBusiness, LangEnglish, "governance.accessibility", []string{"Captions on every video"}, []string{"Plain language (klarspråk) in every post"}},
		{KindNonprofit, LangEnglish, "content.off_limits", []string{"Other people's personal information"}, []string{"Party politics"}},
		{KindPublic, LangEnglish, "revisit_triggers", []string{"Residents and users of our services ask for us on social media"}, nil},
		{KindClub, LangNynorsk, "revisit_triggers", []string{"Medlemer, utøvarar og føresette spør etter oss i sosiale medium"}, nil},
		{KindBusiness, LangEnglish, "document.date", []string{"2027-03-04"}, nil},
		{KindBusiness, LangEnglish, "resources.budget", nil, nil},
	}
	for _, tt := range tests {
		p := New(tt.lang)
		p.Organisation.Kind = tt.kind
		got := p.Suggested(tt.key, today)
		for _, w := range tt.want {
			if !slices.Contains(got, w) {
				t.Errorf("Suggested(%s) for a %s plan in %s = %q, want %q among them", tt.key, tt.kind, tt.lang, got, w)
			}
		}
		for _, n := range tt.not {
			if slices.Contains(got, n) {
				t.Errorf("Suggested(%s) for a %s plan in %s offers %q", tt.key, tt.kind, tt.lang, n)
			}
		}
		if tt.want == nil && got != nil {
			t.Errorf("Suggested(%s) = %q, want nothing", tt.key, got)
		}
	}
}

func TestSuggestionsPassAdviser(t *testing.T) {
	// A plan of any kind and language that keeps every suggestion has no
	// finding about what the suggestions answer: two-factor login and two
	// admins, a public body's accessibility and archiving, house rules
	// that keep fair criticism; and no suggestion brings a business word
	// into a plan of another kind.
	rules := []string{"security", "accessibility-public", "archiving-public", "moderation"}
	for _, lang := range Languages {
		for _, kind := range KindIDs() {
			p := Example(lang)
			p.Organisation.Kind = kind
			p.Governance, p.Responses.Moderation, p.Voice.PrivateUse = Governance{}, "", nil
			withSuggestions(p, time.Now())
			for _, f := range p.Check() {
				if slices.Contains(rules, f.Rule) {
					t.Errorf("%s %s plan with the suggestions: %s %s: %s", kind, lang, f.Rule, f.Path, f.Message.In(lang))
				}
			}
			if kind == KindBusiness {
				continue
			}
			for _, s := range p.Sections() {
				for _, q := range s.Questions(p) {
					for _, it := range p.Suggested(q.Key, time.Now()) {
						if w := businessWord(it); w != "" {
							t.Errorf("%s %s plan is offered %q for %s, with the business word %q", kind, lang, it, q.Key, w)
						}
					}
				}
			}
		}
	}
}

// businessWord returns a word of a business found in s, or "".
func businessWord(s string) string {
	low := strings.ToLower(s)
	for _, w := range []string{"customer", "business plan", "staff", "kunde", "kundar", "forretningsplan", "ansatte", "tilsette"} {
		if strings.Contains(low, w) {
			return w
		}
	}
	return ""
}

func TestCheckNamesOpenSections(t *testing.T) {
	// check lists every optional section not answered: with a section
	// emptied, the adviser has a finding about one of its questions.
	for _, lang := range Languages {
		for _, presence := range []string{PresenceActive, PresenceNone} {
			base := Example(lang)
			base.Presence = presence
			if presence == PresenceNone {
				base.NoPresenceReason = "Our buyers are not there."
				base.Instead, base.RevisitTriggers = []string{"Phone"}, []string{"A buyer asks"}
			}
			for _, s := range base.Sections() {
				p := Example(lang)
				p.Presence, p.NoPresenceReason, p.Instead, p.RevisitTriggers = base.Presence, base.NoPresenceReason, base.Instead, base.RevisitTriggers
				for _, q := range s.Questions(p) {
					switch v := q.Field(p, 0).(type) {
					case *string:
						*v = ""
					case *[]string:
						*v = nil
					case *[]Declined:
						*v = nil
					}
				}
				if s.Answered(p) {
					t.Fatalf("section %s still answered after emptying it", s.Page)
				}
				named := false
				for _, f := range p.Check() {
					for _, q := range s.Questions(p) {
						named = named || f.Path == q.Key || strings.HasPrefix(f.Path, q.Key+"[") || strings.HasPrefix(f.Path, q.Key+".")
					}
				}
				if !named {
					t.Errorf("%s plan (%s) with section %s empty: check says nothing about it", presence, lang, s.Page)
				}
			}
		}
	}
}
