package tui

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/socialstrategy/socialstrategy/strategy"
)

// TestPromptsFromTheCatalogue: every question of the catalogue asked on a
// page of the quick path is a field of that page, titled with the
// catalogue's prompt (a channel's name or the kind's words filled in), in
// every language; and every field with a key of the catalogue has it.
func TestPromptsFromTheCatalogue(t *testing.T) {
	for _, lang := range strategy.Languages {
		for _, presence := range []string{strategy.PresenceActive, strategy.PresenceNone} {
			p := strategy.Example(lang)
			p.Presence = presence
			p.Organisation.Kind = strategy.KindClub
			a := newAnswers(p)
			for _, pg := range pagesFor(p) {
				if pg.kind == pageReview {
					continue
				}
				_, _, fields := a.fields(pg)
				keys := map[string]bool{}
				for _, f := range fields {
					keys[f.GetKey()] = true
				}
				for _, q := range strategy.Questions {
					if kind, ok := wizardPages[q.Page]; !ok || kind != pg.kind || !q.Applies(p) {
						continue
					}
					path := q.Path(pg.ch)
					s := a.spec(path)
					switch {
					case s == nil && q.Optional:
						continue // offered elsewhere
					case s == nil:
						t.Errorf("%s/%s: %s is not asked on page %v", lang, presence, path, pg)
						continue
					}
					want := q.Title.In(lang)
					if strings.Contains(want, "%s") {
						want = fmt.Sprintf(want, strategy.ChannelNameIn(p.Channels[max(pg.ch, 0)].ID, lang))
						if q.Key == "presence" {
							want = fmt.Sprintf(q.Title.In(lang), audienceWords(p).In(lang)) // the audiences typed
						}
					}
					if s.title != want {
						t.Errorf("%s/%s: %s is titled %q, want the catalogue's %q", lang, presence, path, s.title, want)
					}
				}
				for key := range keys {
					if _, _, ok := strategy.QuestionFor(key); !ok && key != "" && key != "channels.custom" && !strings.HasSuffix(key, ".measures_other") {
						t.Errorf("%s: page %v asks %s, which the catalogue does not hold", lang, pg, key)
					}
				}
			}
		}
	}
}

// TestAccessibleAsksTheCatalogue: plain prompts ask the catalogue's
// questions in their words, in nynorsk as in English.
func TestAccessibleAsksTheCatalogue(t *testing.T) {
	for _, lang := range []string{strategy.LangEnglish, strategy.LangNynorsk} {
		p := strategy.Example(lang)
		var out bytes.Buffer
		// Enter keeps every answer shown: the interview goes through to the end.
		in := strings.Repeat("\n", 400)
		if err := RunAccessible(p, Options{}, strings.NewReader(in), &out, nil); err != nil {
			t.Fatalf("%s: RunAccessible() = %v", lang, err)
		}
		for _, key := range []string{"organisation.name", "organisation.kind", "channels", "voice.tone", "responses.praise.response_time", "responses.incident.first_steps", "listening.owner", "review.cadence"} {
			q, _, _ := p.QuestionAt(key)
			if !strings.Contains(out.String(), q.Title.In(lang)) {
				t.Errorf("%s: plain prompts do not ask %s as %q:\n%s", lang, key, q.Title.In(lang), out.String())
			}
		}
	}
}

// TestRequiredFromTheCatalogue: a question the catalogue marks Required
// refuses an empty answer with the catalogue's words, and takes one.
func TestRequiredFromTheCatalogue(t *testing.T) {
	for _, lang := range strategy.Languages {
		for _, tt := range []struct {
			presence string
			pg       page
		}{{strategy.PresenceActive, page{kind: pageOrganisation}}, {strategy.PresenceNone, page{kind: pageNoPresence}}} {
			p := strategy.New(lang)
			p.Presence = tt.presence
			a := newAnswers(p)
			a.fields(tt.pg)
			n := 0
			for _, q := range strategy.Questions {
				if kind := wizardPages[q.Page]; kind != tt.pg.kind || q.Required == (strategy.Text{}) {
					continue
				}
				n++
				s := a.spec(q.Key)
				if s == nil || s.validate == nil {
					t.Fatalf("%s: %s is required in the catalogue but its field takes any answer", lang, q.Key)
				}
				if err := s.validate("  "); err == nil || err.Error() != q.Required.In(lang) {
					t.Errorf("%s: %s refuses an empty answer with %v, want %q", lang, q.Key, err, q.Required.In(lang))
				}
				if err := s.validate("An answer"); err != nil {
					t.Errorf("%s: %s refuses an answer: %v", lang, q.Key, err)
				}
			}
			if n == 0 {
				t.Errorf("%s: no required question on page %v", lang, tt.pg)
			}
		}
	}
}
