package strategy

import (
	"slices"
	"strings"
)

// Languages the product speaks.
const (
	LangEnglish = "en"
	LangBokmal  = "nb"
)

// Languages lists the known language codes, in display order.
var Languages = []string{LangEnglish, LangBokmal}

// LangFromLocale picks the language from the locale variables, read with
// getenv (os.Getenv, or an SSH client's environment): the first of LC_ALL,
// LC_MESSAGES and LANG that is set decides; Norwegian locales (nb, no, nn)
// give bokmål, anything else English.
func LangFromLocale(getenv func(string) string) string {
	for _, k := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if v := strings.ToLower(getenv(k)); v != "" {
			for _, p := range []string{"nb", "no", "nn"} {
				if v == p || strings.HasPrefix(v, p+"_") || strings.HasPrefix(v, p+".") {
					return LangBokmal
				}
			}
			return LangEnglish
		}
	}
	return LangEnglish
}

// Text is one phrase in every language the product speaks. Keeping the
// languages side by side in one value keeps them from drifting apart.
type Text struct {
	En string
	Nb string
}

// In returns the phrase in the given language, English when unknown.
func (t Text) In(lang string) string {
	if lang == LangBokmal && t.Nb != "" {
		return t.Nb
	}
	return t.En
}

// KnownChannel is a social media service the product knows by name.
type KnownChannel struct {
	ID   string
	Name string
	// NameNb is the name in bokmål where it is a word, not a brand.
	NameNb string
}

// Channels lists the known channels, in the order the wizard offers them.
var Channels = []KnownChannel{
	{ID: "facebook", Name: "Facebook"},
	{ID: "instagram", Name: "Instagram"},
	{ID: "linkedin", Name: "LinkedIn"},
	{ID: "x", Name: "X (Twitter)"},
	{ID: "youtube", Name: "YouTube"},
	{ID: "tiktok", Name: "TikTok"},
	{ID: "blog", Name: "Blog", NameNb: "Blogg"},
	{ID: "pinterest", Name: "Pinterest"},
	{ID: "snapchat", Name: "Snapchat"},
	{ID: "threads", Name: "Threads"},
	{ID: "bluesky", Name: "Bluesky"},
	{ID: "mastodon", Name: "Mastodon"},
}

var channelAliases = map[string]string{"twitter": "x"}

// NormaliseChannelID maps a known channel id or alias, in any case, to its
// canonical id. Anything else is a custom channel and is returned trimmed
// but otherwise as written.
func NormaliseChannelID(id string) string {
	id = strings.TrimSpace(id)
	low := strings.ToLower(id)
	if a, ok := channelAliases[low]; ok {
		return a
	}
	for _, c := range Channels {
		if c.ID == low {
			return c.ID
		}
	}
	return id
}

// ChannelName returns the display name of a channel id: the brand for a
// known channel, the id as written for a custom one.
func ChannelName(id string) string { return ChannelNameIn(id, LangEnglish) }

// ChannelNameIn is ChannelName in the given language: brands stay as they
// are, a channel that is a word (a blog) is named in the language.
func ChannelNameIn(id, lang string) string {
	id = NormaliseChannelID(id)
	for _, c := range Channels {
		if c.ID == id {
			if lang == LangBokmal && c.NameNb != "" {
				return c.NameNb
			}
			return c.Name
		}
	}
	return id
}

// IsKnownChannel reports whether id names a known channel or alias.
func IsKnownChannel(id string) bool {
	id = NormaliseChannelID(id)
	return slices.ContainsFunc(Channels, func(c KnownChannel) bool { return c.ID == id })
}

// Purpose is one thing an organisation can use a channel for.
type Purpose struct {
	ID string
	// Name is the purpose in a few words.
	Name Text
	// Help is a one-line explanation with the essay's example.
	Help Text
	// Measures are measures that fit the purpose.
	Measures []Text
}

// Purposes lists the known purposes, in display order.
var Purposes = []Purpose{
	{
		ID:   "inspire",
		Name: Text{"Inspire and engage", "Inspirere og engasjere"},
		Help: Text{
			"Move people to care or act, like Kiva urging followers to be brave and back its cause",
			"Få folk til å bry seg eller handle, slik Kiva oppfordrer følgerne til å være modige og støtte saken",
		},
		Measures: []Text{{"reach", "rekkevidde"}, {"impressions", "visninger"}, {"mentions", "omtaler"}},
	},
	{
		ID:   "share",
		Name: Text{"Share useful content and knowledge", "Dele nyttig innhold og kunnskap"},
		Help: Text{
			"Spread what helps others, like the infographic on how teachers can use Twitter",
			"Spre det som er nyttig for andre, for eksempel en infografikk om hvordan lærere kan bruke Twitter",
		},
		Measures: []Text{{"engagement rate", "engasjementsrate"}, {"shares", "delinger"}, {"comments", "kommentarer"}},
	},
	{
		ID:   "promote",
		Name: Text{"Inform about products, services and events", "Informere om produkter, tjenester og arrangementer"},
		Help: Text{
			"Tell people what you offer, like a post on new privacy rules linking to your own seminar",
			"Fortell hva dere tilbyr, for eksempel i et innlegg om nye personvernregler med lenke til et seminar dere holder",
		},
		Measures: []Text{{"clicks", "klikk"}, {"sessions from social", "besøk fra sosiale medier"}, {"conversions", "konverteringer"}},
	},
	{
		ID:   "advocate",
		Name: Text{"Build support for initiatives", "Skape oppslutning om initiativer"},
		Help: Text{
			"Rally people behind your own or others' initiatives, as the head of Innovasjon Norge does",
			"Samle støtte til egne eller andres initiativer, slik lederen av Innovasjon Norge gjør",
		},
		Measures: []Text{{"engagement rate", "engasjementsrate"}, {"shares", "delinger"}, {"sign-ups", "påmeldinger"}},
	},
	{
		ID:   "listen",
		Name: Text{"Listen to what is said", "Lytte til det som blir sagt"},
		Help: Text{
			"Follow what customers, users and competitors say, like praise worth sharing or answering",
			"Følg med på hva kunder, brukere og konkurrenter sier, for eksempel ros som er verdt å dele eller svare på",
		},
		Measures: []Text{{"mentions", "omtaler"}, {"sentiment", "stemning i omtalen"}, {"share of voice", "andel av omtalen"}},
	},
	{
		ID:   "support",
		Name: Text{"Customer service and dialogue", "Kundeservice og dialog"},
		Help: Text{
			"Keep customers informed and helped in an open dialogue",
			"Hold kundene informert og hjelp dem i en åpen dialog",
		},
		Measures: []Text{{"response rate", "svarandel"}, {"response time", "svartid"}, {"satisfaction", "kundetilfredshet"}},
	},
	{
		ID:   "incident",
		Name: Text{"Inform during incidents", "Informere ved uventede hendelser"},
		Help: Text{
			"Tell people what is going on when something unexpected happens, as Memrise did by tweet",
			"Fortell hva som skjer når noe uventet inntreffer, slik Memrise gjorde på Twitter",
		},
		Measures: []Text{{"time to first post", "tid til første melding"}, {"update punctuality", "oppdateringer til avtalt tid"}},
	},
}

// PurposeByID returns the purpose with the given id.
func PurposeByID(id string) (Purpose, bool) {
	for _, p := range Purposes {
		if p.ID == id {
			return p, true
		}
	}
	return Purpose{}, false
}

// PurposeIDs returns the known purpose ids, in display order.
func PurposeIDs() []string {
	ids := make([]string, len(Purposes))
	for i, p := range Purposes {
		ids[i] = p.ID
	}
	return ids
}

// SuggestedMeasures returns measures that fit the given purposes, in the
// given language, without repeats.
func SuggestedMeasures(purposes []string, lang string) []string {
	var out []string
	for _, id := range purposes {
		p, ok := PurposeByID(id)
		if !ok {
			continue
		}
		for _, m := range p.Measures {
			if s := m.In(lang); !slices.Contains(out, s) {
				out = append(out, s)
			}
		}
	}
	return out
}

// Spokespeople lists who may speak for the organisation, in display order.
var Spokespeople = []struct {
	ID   string
	Name Text
}{
	{SpeakEveryone, Text{"Everyone in the organisation", "Alle ansatte"}},
	{SpeakDesignated, Text{"Designated people", "Utpekte talspersoner"}},
	{SpeakLeadership, Text{"Leadership only", "Bare ledelsen"}},
}

// SpokespeopleName returns the words for a spokespeople id.
func SpokespeopleName(id, lang string) string {
	for _, s := range Spokespeople {
		if s.ID == id {
			return s.Name.In(lang)
		}
	}
	return id
}
