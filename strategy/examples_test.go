package strategy

import (
	"slices"
	"strings"
	"testing"
)

// TestKindExamples: the help lines with an example read, for a business,
// exactly as the catalogue's Help; for every other kind, in every
// language, they name no bakery and no café.
func TestKindExamples(t *testing.T) {
	n := 0
	for key := range kindExamples[KindBusiness] {
		i := slices.IndexFunc(Questions, func(q Question) bool { return q.Key == key })
		if i < 0 || Questions[i].HelpFor == nil {
			t.Errorf("%s has examples by kind but no HelpFor in the catalogue", key)
		}
		n++
	}
	if n == 0 {
		t.Fatal("no examples by kind")
	}
	for _, q := range Questions {
		if q.HelpFor == nil {
			continue
		}
		biz := &Plan{Organisation: Organisation{Kind: KindBusiness}}
		if got := q.HelpIn(biz); got != q.Help {
			t.Errorf("%s: a business's help %+v, want the catalogue's %+v", q.Key, got, q.Help)
		}
		for _, k := range Kinds {
			if k.ID == KindBusiness {
				continue
			}
			h := q.HelpIn(&Plan{Organisation: Organisation{Kind: k.ID}})
			for _, s := range []string{h.En, h.Nb, h.Nn} {
				low := strings.ToLower(s)
				for _, w := range []string{"kari", "ola", "café", "kafé", "food", "matt", "follower", "følge", "%!"} {
					if strings.Contains(low, w) {
						t.Errorf("%s for a %s: %q says %q", q.Key, k.ID, s, w)
					}
				}
			}
		}
	}
}

// TestAudienceWhereDecidesChannelAudience: a channel whose own audience is
// empty, but which an audience's where lists, prints that audience in the
// document, so its point is decided; without one it is open.
func TestAudienceWhereDecidesChannelAudience(t *testing.T) {
	p := &Plan{Presence: PresenceActive, Channels: []Channel{{ID: "instagram"}, {ID: "facebook"}},
		Organisation: Organisation{Name: "X", Audiences: []Audience{{Name: "Parents", Where: []string{"instagram"}}}}}
	open := map[string]bool{}
	for _, pt := range p.Points() {
		if strings.HasSuffix(pt.Path, ".audience") && !pt.Decided {
			open[pt.Path] = true
		}
	}
	if open["channels[0].audience"] || !open["channels[1].audience"] {
		t.Errorf("open audience points %v; want Facebook's alone", open)
	}
}

// TestKindMeasures: a club, a school or a public body is not offered
// conversions; a business is, as before.
func TestKindMeasures(t *testing.T) {
	all := make([]string, len(Purposes))
	for i, p := range Purposes {
		all[i] = p.ID
	}
	for _, lang := range Languages {
		if got := SuggestedMeasuresFor(KindBusiness, all, lang); !slices.Equal(got, SuggestedMeasures(all, lang)) {
			t.Errorf("%s: a business's measures %q differ from SuggestedMeasures", lang, got)
		}
		for _, k := range []string{KindPublic, KindNonprofit, KindClub, KindEducation} {
			for _, m := range SuggestedMeasuresFor(k, all, lang) {
				if low := strings.ToLower(m); strings.HasPrefix(low, "conversion") || strings.HasPrefix(low, "konverter") {
					t.Errorf("%s %s is offered %q", lang, k, m)
				}
			}
		}
	}
}
