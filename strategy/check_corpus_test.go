package strategy

import (
	"slices"
	"testing"
)

// corpusCase is one answer written the way a real organisation writes it,
// put into the model plan. Each is written for this test after a public
// strategy, policy or guide named in its comment; none is copied from it.
type corpusCase struct {
	lang string
	edit func(p *Plan)
	// rule is the one rule the answer must raise; empty for a sound answer,
	// which must raise nothing at all.
	rule string
}

// nn marks a case written in nynorsk, put into the nynorsk model plan.
const nn = LangNynorsk

// soundCorpus are answers an experienced adviser would let stand.
var soundCorpus = []corpusCase{
	// After the US National Archives' social media strategy (github.com/usnationalarchives/social-media-strategy,
	// goal 3): grow an audience from a stated base to a target within a year.
	{"en", func(p *Plan) {
		p.Channels[0].Goal = "Grow from 150,000 to 200,000 Instagram followers by the end of 2027"
	}, ""},
	// After Hootsuite's strategy guide: a SMART goal on engagement rate, with a quarter as deadline.
	{"en", func(p *Plan) { p.Channels[0].Goal = "Lift the average engagement rate to 4% by Q4 2027" }, ""},
	// After Trondheim kommune's kommunikasjonsstrategi: followers from today's figure to a target, dated.
	{"nb", func(p *Plan) { p.Channels[0].Goal = "Øke antall følgere fra 3 200 til 5 000 innen 31.12.2027" }, ""},
	// After Noregs Mållag's årsplan (nynorsk): growth stated as from–to by the end of a year.
	{nn, func(p *Plan) {
		p.Channels[0].Goal = "Auke talet på følgjarar frå 1 200 til 2 000 innan utgangen av 2027"
	}, ""},
	// After Høgskulen på Vestlandet's plans for further education (nynorsk): sign-ups per course, dated.
	{nn, func(p *Plan) {
		p.Channels[1].Goal = "Få 30 påmeldingar til kvart kurs via Facebook innan 1. juni 2027"
	}, ""},
	// After Buffer's seven-step guide: a conversion goal for a small business, by a season.
	{"en", func(p *Plan) { p.Channels[1].Goal = "Book two catering orders a week through Facebook by summer 2027" }, ""},
	// After KS' veikart for sosiale medier: a goal per channel per quarter.
	{"nb", func(p *Plan) { p.Channels[1].Goal = "Få 25 cateringbestillinger i måneden innen 2. kvartal 2027" }, ""},
	// After Buffer's guide: a relative deadline is a deadline.
	{"en", func(p *Plan) { p.Channels[0].Goal = "Double newsletter sign-ups from Instagram within six months" }, ""},
	// After the DHS Social Media Plan Guide's posting-frequency column.
	{"en", func(p *Plan) { p.Channels[0].Cadence = "Five posts a week, Stories daily" }, ""},
	// After Oslo kommune's guidelines for its units' accounts.
	{"nb", func(p *Plan) { p.Channels[0].Cadence = "Tre innlegg i uka, reels annenhver uke" }, ""},
	// After Høgskulen på Vestlandet's student channels (nynorsk).
	{nn, func(p *Plan) { p.Channels[0].Cadence = "To innlegg kvar veke, fleire rundt opptaket" }, ""},
	// After a university communications unit's plan: a team with named cover owns the channels.
	{"en", func(p *Plan) {
		p.Channels[0].Owner = "Social media desk (3 people, one on call at weekends)"
		p.Channels[1].Owner = "Social media desk (3 people, one on call at weekends)"
	}, ""},
	// After the US National Archives' strategy: listening for the handle and the acronym.
	{"en", func(p *Plan) {
		p.Organisation.Name = "National Archives and Records Administration"
		p.Listening.Terms = []string{"@usnatarchives", "NARA", "records request"}
	}, ""},
	// After Den Norske Turistforening's channels: the acronym and the hashtag people use.
	{"nb", func(p *Plan) {
		p.Organisation.Name = "Den Norske Turistforening"
		p.Listening.Terms = []string{"DNT", "#dntno", "hytteturer"}
	}, ""},
	// After Høgskulen på Vestlandet (nynorsk): the short form of the name.
	{nn, func(p *Plan) {
		p.Organisation.Name = "Høgskulen på Vestlandet"
		p.Listening.Terms = []string{"Høgskulen", "#hvl", "studentliv Bergen"}
	}, ""},
	// After the Sprout Social Index: people expect an answer within about four hours.
	{"en", func(p *Plan) { p.Responses.Criticism.ResponseTime = "Within 4 hours on weekdays" }, ""},
	// After mikmarketing.no's advice on comments and trolls.
	{"nb", func(p *Plan) { p.Responses.Criticism.ResponseTime = "Innen 2 timer i åpningstiden" }, ""},
	// After a nynorsk municipality's svartid (Volda kommune's guidelines).
	{nn, func(p *Plan) { p.Responses.Criticism.ResponseTime = "Innan 3 timar på kvardagar" }, ""},
	// After Atlassian's incident communication tips: every 30 minutes, then a post-incident review.
	{"en", func(p *Plan) {
		p.Responses.Incident.UpdateInterval = "Every 30 minutes until resolved; afterwards a post-incident review within five working days"
	}, ""},
	// After DSB's veileder krisekommunikasjon, «Etter krisen».
	{"nb", func(p *Plan) {
		p.Responses.Incident.UpdateInterval = "Hver time; etter krisen evaluerer vi innen to uker"
	}, ""},
	// After a nynorsk county's crisis plan (Vestland fylkeskommune).
	{nn, func(p *Plan) {
		p.Responses.Incident.UpdateInterval = "Kvar andre time; etterpå gjennomgår me kva som skjedde"
	}, ""},
	// After the US National Archives' review rhythm: quarterly, with a yearly look.
	{"en", func(p *Plan) { p.Review.Cadence = "Every quarter, with a full review each January" }, ""},
	// After KS' veikart: «Målsetninger og evaluering» twice a year.
	{"nb", func(p *Plan) { p.Review.Cadence = "Hvert halvår, i juni og desember" }, ""},
	// After a nynorsk municipality's plan: reviewed with the annual plan.
	{nn, func(p *Plan) { p.Review.Cadence = "Kvart år i samband med årsplanen" }, ""},
	// After Sean Carton's "10 questions" and the product brief: buyers are elsewhere.
	{"en", func(p *Plan) {
		testStayAway(p)
		p.NoPresenceReason = "Our buyers are procurement officers who find suppliers through tenders and trade fairs, not on social media."
	}, ""},
	// After a municipal youth council that speaks through the municipality's accounts (nynorsk).
	{nn, func(p *Plan) {
		testStayAway(p)
		p.NoPresenceReason = "Ungdomsrådet når ungdomen gjennom kommunen sine kanalar og skulane."
	}, ""},
	// After a farm supplier's decision, in the style of the product brief.
	{"nb", func(p *Plan) {
		testStayAway(p)
		p.NoPresenceReason = "Kundene våre er bønder som vi møter på messer og via landbrukslaget; de bruker ikke sosiale medier til innkjøp."
	}, ""},
	// After Google Business Profile's own measure names, as a shop's plan lists them.
	{"en", func(p *Plan) {
		p.Channels[1].Measures = []string{"route requests", "average rating", "response time", "time to first post"}
	}, ""},
	// After the US National Archives on Tumblr and Instagram: reblogs and saves.
	{"en", func(p *Plan) {
		p.Channels[0].Purposes = []string{"inspire", "share"}
		p.Channels[0].Measures = []string{"reblogs", "saves"}
	}, ""},
	// After public bodies that mirror X on Mastodon on purpose (the EU institutions' EU Voice pilot).
	{"en", func(p *Plan) {
		p.Channels[0].ID, p.Channels[1].ID = "x", "mastodon"
		p.Channels[0].Tone, p.Channels[1].Tone = "Plain and factual", "Plain and factual"
		p.Channels[0].Cadence, p.Channels[1].Cadence = "daily", "daily"
		p.Responses.Incident.Channels = []string{"x", "mastodon"}
		p.Channels[1].Purposes = append(p.Channels[1].Purposes, "incident")
		p.Channels[0].Purposes = append(p.Channels[0].Purposes, "incident")
		p.Channels[0].Measures = append(p.Channels[0].Measures, "time to first post")
	}, ""},
	// After DSB's veileder krisekommunikasjon: a first message that says what is known.
	{"nb", func(p *Plan) {
		p.Responses.Incident.HoldingStatement = "Vi er kjent med at det har vært brann i bakeriet i natt. Ingen er skadet. " +
			"Kunder med bestillinger i dag blir kontaktet. Vi jobber med å finne ut hva som skjedde. " +
			"Neste oppdatering kommer her på Facebook innen kl. 12."
	}, ""},
	// After Atlassian's incident templates: investigating, who is affected, next update time.
	{"en", func(p *Plan) {
		p.Responses.Incident.HoldingStatement = "We are investigating reports that online ordering is unavailable. " +
			"Customers who ordered today may see delays. Next update here within 30 minutes."
	}, ""},
	// After GOV.UK's social media playbook (2020 update): two-factor on every account, more than one admin.
	{"en", func(p *Plan) {
		p.Governance.Security = []string{"Two-factor authentication on every account", "At least two administrators per account, each with their own login"}
	}, ""},
	// After DSB's veileder krisekommunikasjon (nynorsk): stop what is scheduled, then alert the people who decide.
	{nn, func(p *Plan) {
		p.Responses.Incident.FirstSteps = []string{"Stans alle planlagde innlegg", "Ring kommunikasjonsleiaren, så beredskapsleiaren", "Avklar kva vi veit"}
	}, ""},
	// After Defra's social media house rules: what is removed, and that criticism is not.
	{"en", func(p *Plan) {
		p.Responses.Moderation = "We remove spam, abuse and personal information; we do not remove comments because they criticise us"
	}, ""},
	// After KS' veikart for sosiale medier: a municipality answers universal design and archiving.
	{"nb", func(p *Plan) {
		p.Organisation.Kind = KindPublic
		p.Governance.Accessibility = []string{"Alternativ tekst på alle bilder", "Teksting av all video"}
		p.Governance.Legal = []string{"Innlegg og henvendelser som er saksdokumenter, arkiveres etter arkivloven"}
	}, ""},
	// After the US National Archives' strategy: a monthly dashboard and a quarterly report to leadership.
	{"en", func(p *Plan) {
		p.Reporting = Reporting{Cadence: "Monthly dashboard, quarterly report", Owner: "Social media lead", To: "Director of communications"}
	}, ""},
	// After Buffer's guide: a platform left out on purpose, for the audience's sake.
	{"en", func(p *Plan) {
		p.DeclinedChannels = append(p.DeclinedChannels, Declined{ID: "pinterest", Reason: "Our customers do not plan meals there"})
	}, ""},
	// After Høgskulen på Vestlandet's channel choices (nynorsk): the reason names the audience.
	{nn, func(p *Plan) { p.Channels[0].Why = "Studentane og dei som vil søkje, er der og spør om opptak" }, ""},
}

// weakCorpus are answers an adviser would send back, each with the rule
// that must say why.
var weakCorpus = []corpusCase{
	// Found on a real plan (issue 13): the deadline passed years ago.
	{"en", func(p *Plan) { p.Channels[0].Goal = "Reach 2,000 local followers by June 2019" }, "goal-deadline-passed"},
	// After a municipal plan left unrevised since its period ended.
	{"nb", func(p *Plan) { p.Channels[0].Goal = "Nå 1 000 følgere innen 31.12.2025" }, "goal-deadline-passed"},
	// After a nynorsk club plan reused from the year before.
	{nn, func(p *Plan) { p.Channels[0].Goal = "Få 500 følgjarar innan sommaren 2026" }, "goal-deadline-passed"},
	// After a startup's quarterly plan kept past its quarter.
	{"en", func(p *Plan) { p.Channels[0].Goal = "300 newsletter sign-ups in Q3 2026" }, "goal-deadline-passed"},
	// After the vaguer goals of public strategies, as GOV.UK's playbook warns against.
	{"en", func(p *Plan) { p.Channels[0].Goal = "Raise awareness of our collections" }, "goal-measurable"},
	// After a municipal strategy's «synlighet» goal.
	{"nb", func(p *Plan) { p.Channels[0].Goal = "Bli mer synlige for innbyggerne" }, "goal-measurable"},
	// After a nynorsk municipality's goal of openness.
	{nn, func(p *Plan) { p.Channels[0].Goal = "Vere ein open og tilgjengeleg kommune i sosiale medium" }, "goal-measurable"},
	// After an annual report's result quoted as if it were a goal.
	{"en", func(p *Plan) { p.Channels[0].Goal = "We reached 64 million video views in 2019" }, "goal-measurable"},
	// After a plan that states today's figure only.
	{"nb", func(p *Plan) { p.Channels[1].Goal = "Vi har 23 000 følgere på Facebook" }, "goal-measurable"},
	// After a startup's plan: a slogan for a posting rate.
	{"en", func(p *Plan) { p.Channels[0].Cadence = "Quality over quantity" }, "cadence"},
	// After an open-source community team's plan.
	{"en", func(p *Plan) { p.Channels[0].Cadence = "As the team sees fit" }, "cadence"},
	// After a municipal unit's plan.
	{"nb", func(p *Plan) { p.Channels[1].Cadence = "Ved behov" }, "cadence"},
	// After a nynorsk association's plan.
	{nn, func(p *Plan) { p.Channels[1].Cadence = "Når det høver" }, "cadence"},
	// After a university's plan: hours of the day are no rhythm.
	{"en", func(p *Plan) { p.Channels[0].Cadence = "We post outside office hours too" }, "cadence"},
	// After a plan that promises updates with no time.
	{"en", func(p *Plan) {
		p.Responses.Incident.UpdateInterval = "As the situation develops; afterwards a short review"
	}, "incident-interval"},
	// After a municipal crisis plan.
	{"nb", func(p *Plan) { p.Responses.Incident.UpdateInterval = "Fortløpende; etterpå evaluerer vi" }, "incident-interval"},
	// After agorapulse's "pause scheduled posts": pausing is not a review.
	{"en", func(p *Plan) {
		p.Responses.Incident.UpdateInterval, p.Responses.Incident.Afterwards = "Every hour; afterwards we pause scheduled posts", ""
	}, "incident-aftermath"},
	// After a nynorsk plan with no «etter krisen».
	{nn, func(p *Plan) { p.Responses.Incident.UpdateInterval, p.Responses.Incident.Afterwards = "Kvar time", "" }, "incident-aftermath"},
	// After a plan that calls itself a living document.
	{"en", func(p *Plan) { p.Review.Cadence = "Living document, reviewed regularly" }, "review"},
	// After a municipal plan.
	{"nb", func(p *Plan) { p.Review.Cadence = "Jevnlig" }, "review"},
	// After a shop's plan.
	{"en", func(p *Plan) { p.Responses.Criticism.ResponseTime = "As soon as possible" }, "criticism-response-time"},
	// After a plan slower than GOV.UK's two working days.
	{"nb", func(p *Plan) { p.Responses.Criticism.ResponseTime = "Innen en uke" }, "criticism-response-time"},
	// After a bakery's plan that listens for the trade but not its own name.
	{"en", func(p *Plan) { p.Listening.Terms = []string{"bakery", "sourdough Trondheim"} }, "listening-own-name"},
	// After a nynorsk college's plan that forgets its name.
	{nn, func(p *Plan) {
		p.Organisation.Name = "Høgskulen på Vestlandet"
		p.Listening.Terms = []string{"studentliv Bergen", "#studentliv"}
	}, "listening-own-name"},
	// Found on a real plan (issue 13): a typo became a channel of its own.
	{"en", func(p *Plan) {
		p.Channels[1].ID = "facebok"
		p.Responses.Incident.Channels = []string{"facebok", "instagram"}
	}, "channel-id-typo"},
	// Found on a real plan (issue 10): an unticked channel stayed in the incident plan.
	{"en", func(p *Plan) { p.Responses.Incident.Channels = []string{"facebook", "instagram", "tiktok"} }, "incident-channels"},
	// After a one-person shop that took on every platform (Buffer: 1–2 done well).
	{"en", func(p *Plan) {
		for _, id := range []string{"linkedin", "youtube"} {
			c := p.Channels[0]
			c.ID, c.Tone = id, id+" voice"
			p.Channels = append(p.Channels, c)
		}
		for i := range p.Channels {
			p.Channels[i].Owner = "Kari"
		}
	}, "owner-capacity"},
	// After an accountant's reason that is about the sender only.
	{"en", func(p *Plan) { testStayAway(p); p.NoPresenceReason = "We do not have time for it." }, "no-presence-reason"},
	// The same in nynorsk.
	{nn, func(p *Plan) { testStayAway(p); p.NoPresenceReason = "Me har ikkje tid til det." }, "no-presence-reason"},
	// After the apology-only statements Atlassian's tips warn against.
	{"en", func(p *Plan) { p.Responses.Incident.HoldingStatement = "We are sorry for any inconvenience." }, "holding-statement"},
	// After a plan that measures support with vanity numbers.
	{"en", func(p *Plan) { p.Channels[1].Measures = []string{"followers", "likes"} }, "measures-fit-purposes"},
	// After a plan with a channel for nobody in particular.
	{"en", func(p *Plan) { p.Channels[1].Audience = ""; noWhere(p) }, "audience-named"},
	// After a municipal plan that listens «ved behov».
	{"nb", func(p *Plan) { p.Listening.Frequency = "Ved behov" }, "listening-frequency"},
	// After the shared logins account audits keep finding (Hootsuite's guide: access and passwords).
	{"en", func(p *Plan) {
		p.Governance.Security = []string{"Two-factor login", "Two admins on every account", "The password is shared in the team chat"}
	}, "shared-login"},
	// After a club's plan with only strong passwords.
	{"nb", func(p *Plan) { p.Governance.Security = []string{"Sterke passord"} }, "security"},
	// After agorapulse's crisis advice: pausing scheduled posts is the first thing, not the last.
	{"en", func(p *Plan) {
		p.Responses.Incident.FirstSteps = []string{"Call Ola, then Kari", "Post the first statement", "Pause scheduled posts"}
	}, "incident-first-steps"},
	// After house rules that leave no room for criticism.
	{"en", func(p *Plan) { p.Responses.Moderation = "Delete anything off-topic or rude" }, "moderation"},
	// After a municipality's plan silent on universal design.
	{"nb", func(p *Plan) {
		p.Organisation.Kind = KindPublic
		p.Governance.Accessibility = nil
		p.Governance.Legal = append(p.Governance.Legal, "Arkiveres i sak")
	}, "accessibility-public"},
	// After a county's plan silent on archiving (nynorsk).
	{nn, func(p *Plan) { p.Organisation.Kind = KindPublic }, "archiving-public"},
	// After plans that are on a channel because everyone is.
	{"en", func(p *Plan) { p.Channels[1].Why = "Everybody is on Facebook" }, "channel-why"},
	// After a plan that drops a platform without a word.
	{"en", func(p *Plan) { p.DeclinedChannels = append(p.DeclinedChannels, Declined{ID: "youtube"}) }, "declined-reason"},
	// After a strategy kept past the period it was written for.
	{"en", func(p *Plan) { p.Document.ValidUntil = "2026-06-30" }, "document-control"},
}

// TestCorpus runs the adviser on answers written as real organisations
// write them: the sound ones raise nothing, the weak ones raise their rule
// and no other.
func TestCorpus(t *testing.T) {
	if len(soundCorpus) < 30 || len(weakCorpus) < 30 {
		t.Fatalf("corpus has %d sound and %d weak answers, want at least 30 of each", len(soundCorpus), len(weakCorpus))
	}
	for i, c := range soundCorpus {
		p := Example(c.lang)
		c.edit(p)
		if got := p.CheckOn(testToday); len(got) != 0 {
			t.Errorf("sound answer %d: Check() = %q, want nothing", i, ruleKeys(got))
			for _, f := range got {
				t.Logf("  %s: %s", f.Rule, f.Message.En)
			}
		}
	}
	for i, c := range weakCorpus {
		p := Example(c.lang)
		c.edit(p)
		got := ruleKeys(p.CheckOn(testToday))
		rules := slices.Compact(slices.Sorted(slices.Values(rulesOf(got))))
		if !slices.Equal(rules, []string{c.rule}) {
			t.Errorf("weak answer %d: Check() = %q, want rule %s and no other", i, got, c.rule)
		}
	}
}

func ruleKeys(fs []Finding) []string {
	var out []string
	for _, f := range fs {
		out = append(out, f.Rule+" "+f.Path)
	}
	return out
}

func rulesOf(keys []string) []string {
	out := make([]string, len(keys))
	for i, k := range keys {
		for j := range k {
			if k[j] == ' ' {
				k = k[:j]
				break
			}
		}
		out[i] = k
	}
	return out
}

// noWhere drops where each audience is found, so that no channel has an
// audience but its own answer.
func noWhere(p *Plan) {
	for i := range p.Organisation.Audiences {
		p.Organisation.Audiences[i].Where = nil
	}
}
