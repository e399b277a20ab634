package strategy

import (
	"fmt"
	"slices"
	"strings"
)

// Languages the product speaks.
const (
	LangEnglish = "en"
	LangBokmal  = "nb"
	// LangNynorsk is Norwegian nynorsk, the second written standard every
	// municipality and state body must use alongside bokmål.
	LangNynorsk = "nn"
)

// Languages lists the known language codes, in display order.
var Languages = []string{LangEnglish, LangBokmal, LangNynorsk}

// LangFromLocale picks the language from the locale variables, read with
// getenv (os.Getenv, or an SSH client's environment): the first of LC_ALL,
// LC_MESSAGES and LANG that is set decides; nn (nn_NO.UTF-8) gives nynorsk,
// nb and no (the older code, which glibc still ships as bokmål) give bokmål,
// anything else English.
func LangFromLocale(getenv func(string) string) string {
	for _, k := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if v := strings.ToLower(getenv(k)); v != "" {
			for _, p := range []struct{ prefix, lang string }{{"nb", LangBokmal}, {"no", LangBokmal}, {"nn", LangNynorsk}} {
				if v == p.prefix || strings.HasPrefix(v, p.prefix+"_") || strings.HasPrefix(v, p.prefix+".") {
					return p.lang
				}
			}
			return LangEnglish
		}
	}
	return LangEnglish
}

// NextLanguage returns the language after lang in Languages, the first
// after the last or after an unknown one: ctrl+l on the review cycles
// English → bokmål → nynorsk → English.
func NextLanguage(lang string) string {
	return Languages[(slices.Index(Languages, lang)+1)%len(Languages)]
}

// Text is one phrase in every language the product speaks. Keeping the
// languages side by side in one value keeps them from drifting apart.
// Write it with keys (Text{En: …, Nb: …, Nn: …}); the tests of every
// catalogue check each phrase with Complete.
type Text struct {
	En string
	Nb string // Norwegian bokmål
	Nn string // Norwegian nynorsk
}

// In returns the phrase in the given language. An unknown language gets
// English. A phrase without its nynorsk falls back to bokmål, which a
// nynorsk reader reads without effort, and one without its bokmål to
// English: the fallbacks keep a phrase added in a hurry readable at run
// time, but Complete refuses such a phrase, so the catalogue tests fail on it.
func (t Text) In(lang string) string {
	switch lang {
	case LangNynorsk:
		if t.Nn != "" {
			return t.Nn
		}
		if t.Nb != "" {
			return t.Nb
		}
	case LangBokmal:
		if t.Nb != "" {
			return t.Nb
		}
	}
	return t.En
}

// Complete reports whether the phrase has every language and whether every
// language takes the same format verbs (%s, %d, %q, %v, %%) as the English,
// so a fmt.Sprintf of any of them gets the arguments it expects. The reason
// names what is wrong, for a test's message.
func (t Text) Complete() (ok bool, reason string) {
	for _, l := range []struct{ name, s string }{{"en", t.En}, {"nb", t.Nb}, {"nn", t.Nn}} {
		if strings.TrimSpace(l.s) == "" {
			return false, "no " + l.name + " text"
		}
	}
	for _, verb := range []string{"%s", "%d", "%q", "%v", "%%"} {
		en := strings.Count(t.En, verb)
		if nb, nn := strings.Count(t.Nb, verb), strings.Count(t.Nn, verb); nb != en || nn != en {
			return false, fmt.Sprintf("%s: en has %d, nb %d, nn %d", verb, en, nb, nn)
		}
	}
	return true, ""
}

// KnownChannel is a social media service the product knows by name.
type KnownChannel struct {
	ID   string
	Name string
	// NameNb is the name in bokmål where it is a word, not a brand.
	NameNb string
	// NameNn is the name in nynorsk where it is a word, not a brand.
	NameNn string
}

// Channels lists the known channels, in the order the wizard offers them.
var Channels = []KnownChannel{
	{ID: "facebook", Name: "Facebook"},
	{ID: "instagram", Name: "Instagram"},
	{ID: "linkedin", Name: "LinkedIn"},
	{ID: "x", Name: "X (Twitter)"},
	{ID: "youtube", Name: "YouTube"},
	{ID: "tiktok", Name: "TikTok"},
	{ID: "blog", Name: "Blog", NameNb: "Blogg", NameNn: "Blogg"},
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
			if lang == LangNynorsk && c.NameNn != "" {
				return c.NameNn
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
		Name: Text{En: "Inspire and engage", Nb: "Inspirere og engasjere", Nn: "Inspirere og engasjere"},
		Help: Text{
			En: "Move people to care or act, like Kiva urging followers to be brave and back its cause",
			Nb: "Få folk til å bry seg eller handle, slik Kiva oppfordrer følgerne til å være modige og støtte saken",
			Nn: "Få folk til å bry seg eller handle, slik Kiva oppmodar følgjarane sine til å vere modige og støtte saka",
		},
		Measures: []Text{
			{En: "reach", Nb: "rekkevidde", Nn: "rekkjevidd"},
			{En: "impressions", Nb: "visninger", Nn: "visingar"},
			{En: "mentions", Nb: "omtaler", Nn: "omtalar"},
		},
	},
	{
		ID:   "share",
		Name: Text{En: "Share useful content and knowledge", Nb: "Dele nyttig innhold og kunnskap", Nn: "Dele nyttig innhald og kunnskap"},
		Help: Text{
			En: "Spread what helps others, like the infographic on how teachers can use Twitter",
			Nb: "Spre det som er nyttig for andre, for eksempel en infografikk om hvordan lærere kan bruke Twitter",
			Nn: "Spreie det som er nyttig for andre, til dømes ein infografikk om korleis lærarar kan bruke Twitter",
		},
		Measures: []Text{
			{En: "engagement rate", Nb: "engasjementsrate", Nn: "engasjementsrate"},
			{En: "shares", Nb: "delinger", Nn: "delingar"},
			{En: "comments", Nb: "kommentarer", Nn: "kommentarar"},
		},
	},
	{
		ID:   "promote",
		Name: Text{En: "Inform about products, services and events", Nb: "Informere om produkter, tjenester og arrangementer", Nn: "Informere om produkt, tenester og arrangement"},
		Help: Text{
			En: "Tell people what you offer, like a post on new privacy rules linking to your own seminar",
			Nb: "Fortell hva dere tilbyr, for eksempel i et innlegg om nye personvernregler med lenke til et seminar dere holder",
			Nn: "Fortel kva de tilbyr, til dømes i eit innlegg om nye personvernreglar med lenkje til eit seminar de held",
		},
		Measures: []Text{
			{En: "clicks", Nb: "klikk", Nn: "klikk"},
			{En: "sessions from social", Nb: "besøk fra sosiale medier", Nn: "besøk frå sosiale medium"},
			{En: "conversions", Nb: "konverteringer", Nn: "konverteringar"},
		},
	},
	{
		ID:   "advocate",
		Name: Text{En: "Build support for initiatives", Nb: "Skape oppslutning om initiativer", Nn: "Skape oppslutnad om initiativ"},
		Help: Text{
			En: "Rally people behind your own or others' initiatives, as the head of Innovasjon Norge does",
			Nb: "Samle støtte til egne eller andres initiativer, slik lederen av Innovasjon Norge gjør",
			Nn: "Samle støtte til eigne initiativ eller initiativa til andre, slik leiaren i Innovasjon Norge gjer",
		},
		Measures: []Text{
			{En: "engagement rate", Nb: "engasjementsrate", Nn: "engasjementsrate"},
			{En: "shares", Nb: "delinger", Nn: "delingar"},
			{En: "sign-ups", Nb: "påmeldinger", Nn: "påmeldingar"},
		},
	},
	{
		ID:   "listen",
		Name: Text{En: "Listen to what is said", Nb: "Lytte til det som blir sagt", Nn: "Lytte til det som blir sagt"},
		Help: Text{
			En: "Follow what people say about you and others like you, like praise worth sharing or answering",
			Nb: "Følg med på hva folk sier om dere og andre som ligner dere, for eksempel ros som er verdt å dele eller svare på",
			Nn: "Følg med på kva folk seier om dykk og andre som liknar dykk, til dømes ros som er verd å dele eller svare på",
		},
		Measures: []Text{
			{En: "mentions", Nb: "omtaler", Nn: "omtalar"},
			{En: "sentiment", Nb: "stemning i omtalen", Nn: "stemninga i omtalen"},
			{En: "share of voice", Nb: "andel av omtalen", Nn: "del av omtalen"},
		},
	},
	{
		ID:   "support",
		Name: Text{En: "Customer service and dialogue", Nb: "Kundeservice og dialog", Nn: "Kundeservice og dialog"},
		Help: Text{
			En: "Keep the people you are there for informed and helped in an open dialogue",
			Nb: "Hold dem dere er til for, informert, og hjelp dem i en åpen dialog",
			Nn: "Hald dei de er til for, informerte, og hjelp dei i ein open dialog",
		},
		Measures: []Text{
			{En: "response rate", Nb: "svarandel", Nn: "svarprosent"},
			{En: "response time", Nb: "svartid", Nn: "svartid"},
			{En: "satisfaction", Nb: "tilfredshet", Nn: "tilfredsheit"},
		},
	},
	{
		ID:   "incident",
		Name: Text{En: "Inform during incidents", Nb: "Informere ved uventede hendelser", Nn: "Informere ved uventa hendingar"},
		Help: Text{
			En: "Tell people what is going on when something unexpected happens, as Memrise did by tweet",
			Nb: "Fortell hva som skjer når noe uventet inntreffer, slik Memrise gjorde på Twitter",
			Nn: "Fortel kva som skjer når noko uventa hender, slik Memrise gjorde på Twitter",
		},
		Measures: []Text{
			{En: "time to first post", Nb: "tid til første melding", Nn: "tid til første melding"},
			{En: "update punctuality", Nb: "oppdateringer til avtalt tid", Nn: "oppdateringar til avtalt tid"},
		},
	},
	{
		ID:   "recruit",
		Name: Text{En: "Recruit new employees", Nb: "Rekruttere nye medarbeidere", Nn: "Rekruttere nye medarbeidarar"},
		Help: Text{
			En: "Find the people who will work or volunteer with you, like a club looking for coaches before the season",
			Nb: "Finn dem som vil jobbe eller være frivillige hos dere, slik et idrettslag ser etter trenere før sesongen",
			Nn: "Finn dei som vil jobbe eller vere frivillige hos dykk, slik eit idrettslag ser etter trenarar før sesongen",
		},
		Measures: []Text{
			{En: "applications", Nb: "søknader", Nn: "søknader"},
			{En: "clicks on vacancies", Nb: "klikk på utlysninger", Nn: "klikk på utlysingar"},
			{En: "volunteer sign-ups", Nb: "påmeldte frivillige", Nn: "påmelde frivillige"},
		},
	},
	{
		ID:   "internal",
		Name: Text{En: "Internal communication", Nb: "Intern kommunikasjon", Nn: "Intern kommunikasjon"},
		Help: Text{
			En: "Keep employees, members or volunteers informed and proud, like a university sharing its researchers' work",
			Nb: "Hold medarbeidere, medlemmer eller frivillige informert og stolte, slik et universitet deler forskningen til sine egne",
			Nn: "Hald medarbeidarar, medlemer eller frivillige informerte og stolte, slik eit universitet deler forskinga til sine eigne",
		},
		Measures: []Text{
			{En: "reach inside the organisation", Nb: "rekkevidde internt", Nn: "rekkjevidd internt"},
			{En: "comments", Nb: "kommentarer", Nn: "kommentarar"},
			{En: "turnout at events", Nb: "oppmøte på arrangementer", Nn: "oppmøte på arrangement"},
		},
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
	return SuggestedMeasuresFor(KindBusiness, purposes, lang)
}

// kindMeasures are the measures an organisation of a kind counts instead
// of a business's, by kind and the measure's English name; a kind that has
// no use for a measure maps it to nothing.
var kindMeasures = map[string]map[string]Text{
	KindPublic: {
		"conversions":        {En: "services used", Nb: "tjenester tatt i bruk", Nn: "tenester tekne i bruk"},
		"volunteer sign-ups": {},
	},
	KindNonprofit: {"conversions": {En: "sign-ups and donations", Nb: "påmeldinger og gaver", Nn: "påmeldingar og gåver"}},
	KindClub: {
		"conversions":         {En: "sign-ups", Nb: "påmeldinger", Nn: "påmeldingar"},
		"clicks on vacancies": {},
	},
	KindEducation: {
		"conversions":        {En: "applications", Nb: "søknader", Nn: "søknader"},
		"volunteer sign-ups": {},
	},
}

// SuggestedMeasuresFor is SuggestedMeasures in the words of an
// organisation of the given kind: a club counts sign-ups, not
// conversions.
func SuggestedMeasuresFor(kind string, purposes []string, lang string) []string {
	var out []string
	for _, id := range purposes {
		p, ok := PurposeByID(id)
		if !ok {
			continue
		}
		for _, m := range p.Measures {
			if alt, ok := kindMeasures[kind][m.En]; ok {
				m = alt
			}
			if s := m.In(lang); s != "" && !slices.Contains(out, s) {
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
	{SpeakEveryone, Text{En: "Everyone in the organisation", Nb: "Alle ansatte", Nn: "Alle tilsette"}},
	{SpeakDesignated, Text{En: "Designated people", Nb: "Utpekte talspersoner", Nn: "Utpeikte talspersonar"}},
	{SpeakLeadership, Text{En: "Leadership only", Nb: "Bare ledelsen", Nn: "Berre leiinga"}},
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
