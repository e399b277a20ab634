package strategy

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"
)

// ruleCase is one plan for one rule: the model example with an edit, and the
// findings the rule must make on it as "severity path".
type ruleCase struct {
	name string
	lang string // the example to start from; English when empty
	edit func(p *Plan)
	want []string
}

func noFindings() []string { return nil }

// testToday is the day the rule tests read plans on: after the model
// plan was written, before its deadlines.
var testToday = time.Date(2027, 1, 20, 0, 0, 0, 0, time.UTC)

// testMinimalPlan is an active plan with only the fields a valid file needs.
func testMinimalPlan(lang string) *Plan {
	p := New(lang)
	p.Organisation.Name = "Fjordtind Sykkel AS"
	p.Presence = PresenceActive
	p.Channels = []Channel{{ID: "instagram"}}
	return p
}

// testStayAway is a valid plan without presence that the adviser is happy with.
func testStayAway(p *Plan) {
	*p = Plan{
		Version:          Version,
		Language:         p.Language,
		Organisation:     Organisation{Name: "Berg Regnskap", Audiences: []Audience{{Name: "Local farmers"}}},
		Presence:         PresenceNone,
		NoPresenceReason: "We will not spend time on social media, because none of our current or potential buyers are there.",
		Instead:          []string{"Phone and email", "Trade fairs"},
		RevisitTriggers:  []string{"A buyer asks for us on LinkedIn"},
		Review:           Review{Cadence: "every January", Owner: "Berit"},
		Document: Document{Version: "1.0", Date: "2027-01-10", Authors: []string{"Berit"}, ApprovedBy: "Berit",
			ValidUntil: "2027-12-31"},
		Voice: Voice{PrivateUse: []string{"Say it is your own opinion when you write about us"}},
	}
}

var ruleTests = map[string][]ruleCase{
	"shared-login": {
		{"own logins", "", func(*Plan) {}, noFindings()},
		{"never share", "", func(p *Plan) { p.Governance.Security = append(p.Governance.Security, "Never share passwords") }, noFindings()},
		{"a password manager", "", func(p *Plan) {
			p.Governance.Security = append(p.Governance.Security, "Everyone uses the password manager")
		}, noFindings()},
		{"shared password", "", func(p *Plan) {
			p.Governance.Security = []string{"Two-factor login", "Two admins", "The shared password is in the office safe"}
		},
			[]string{"gap governance.security"}},
		{"felles passord nb", "nb", func(p *Plan) {
			p.Resources.Tools = append(p.Resources.Tools, "Felles passord til Instagram ligger i permen")
		},
			[]string{"gap resources.tools"}},
		{"same passord nn", "nn", func(p *Plan) { p.Channels[0].Owner = "Kari; alle brukar same passord" }, []string{"gap channels[0].owner"}},
		{"anywhere in the plan", "", func(p *Plan) { p.Responses.Incident.FirstSteps[1] = "Call Ola; the login is shared with Kari" },
			[]string{"gap responses.incident.first_steps"}},
	},
	"security": {
		{"two-factor and two admins", "", func(*Plan) {}, noFindings()},
		{"tofaktor nb", "nb", func(*Plan) {}, noFindings()},
		{"tofaktor nn", "nn", func(*Plan) {}, noFindings()},
		{"not answered is the section's", "", func(p *Plan) { p.Governance = Governance{} }, noFindings()},
		// Governance answered without a word on security is weak (GOV.UK).
		{"governance without security", "", func(p *Plan) { p.Governance.Security = nil }, []string{"weak governance.security"}},
		{"styring uten sikkerhet nb", "nb", func(p *Plan) { p.Governance.Security = nil }, []string{"weak governance.security"}},
		{"styring utan tryggleik nn", "nn", func(p *Plan) { p.Governance.Security = nil }, []string{"weak governance.security"}},
		{"no two-factor", "", func(p *Plan) { p.Governance.Security = []string{"Two admins on every account"} }, []string{"weak governance.security"}},
		{"no two admins nb", "nb", func(p *Plan) { p.Governance.Security = []string{"Tofaktorinnlogging på alle kontoer"} }, []string{"weak governance.security"}},
		{"neither nn", "nn", func(p *Plan) { p.Governance.Security = []string{"Sterke passord"} }, []string{"weak governance.security", "weak governance.security"}},
	},
	"incident-first-steps": {
		{"pause first, then call", "", func(*Plan) {}, noFindings()},
		{"pause first nb", "nb", func(*Plan) {}, noFindings()},
		{"pause first nn", "nn", func(*Plan) {}, noFindings()},
		// No checklist is a weak spot, not a tip (DSB).
		{"no steps", "", func(p *Plan) { p.Responses.Incident.FirstSteps = nil }, []string{"weak responses.incident.first_steps"}},
		{"pause last", "", func(p *Plan) {
			p.Responses.Incident.FirstSteps = []string{"Call Ola, then Kari", "Post the first statement", "Pause scheduled posts"}
		}, []string{"weak responses.incident.first_steps"}},
		{"nobody to call nb", "nb", func(p *Plan) {
			p.Responses.Incident.FirstSteps = []string{"Stans planlagte innlegg", "Skriv første melding"}
			p.Responses.Incident.Contacts = nil
		}, []string{"weak responses.incident.first_steps"}},
		{"ring nn", "nn", func(p *Plan) {
			p.Responses.Incident.FirstSteps = []string{"Stans planlagde innlegg", "Ring Ola, så Kari"}
			p.Responses.Incident.Contacts = nil
		}, noFindings()},
	},
	"moderation": {
		{"house rules keep criticism", "", func(*Plan) {}, noFindings()},
		{"husregler nb", "nb", func(*Plan) {}, noFindings()},
		{"husreglar nn", "nn", func(*Plan) {}, noFindings()},
		{"none", "", func(p *Plan) { p.Responses.Moderation = "" }, []string{"tip responses.moderation"}},
		{"only what is removed", "", func(p *Plan) { p.Responses.Moderation = "Delete spam and hate speech" }, []string{"weak responses.moderation"}},
		{"only what is removed nb", "nb", func(p *Plan) { p.Responses.Moderation = "Vi sletter spam og hets" }, []string{"weak responses.moderation"}},
		{"usamde nn", "nn", func(p *Plan) { p.Responses.Moderation = "Vi gøymer spam; kommentarar som er usamde, blir ståande" }, noFindings()},
	},
	"accessibility-public": {
		{"a business", "", func(p *Plan) { p.Governance.Accessibility = nil }, noFindings()},
		{"public and answered", "nb", func(p *Plan) { p.Organisation.Kind = KindPublic }, noFindings()},
		{"public, not answered", "nn", func(p *Plan) { p.Organisation.Kind = KindPublic; p.Governance.Accessibility = nil },
			[]string{"gap governance.accessibility"}},
		{"public, nothing in governance", "", func(p *Plan) { p.Organisation.Kind = KindPublic; p.Governance = Governance{} },
			[]string{"gap governance.accessibility"}},
	},
	"archiving-public": {
		{"a business", "", func(*Plan) {}, noFindings()},
		{"public and archived", "", func(p *Plan) {
			p.Organisation.Kind = KindPublic
			p.Governance.Legal = append(p.Governance.Legal, "Posts and messages that are cases are archived in the case system")
		}, noFindings()},
		{"journalføres nb", "nb", func(p *Plan) {
			p.Organisation.Kind = KindPublic
			p.Governance.Legal = []string{"Henvendelser som er saker, journalføres"}
		}, noFindings()},
		{"public, not answered nn", "nn", func(p *Plan) { p.Organisation.Kind = KindPublic }, []string{"gap governance.legal"}},
	},
	"deputies": {
		{"deputies named", "", func(*Plan) {}, noFindings()},
		{"a team needs none", "", func(p *Plan) {
			p.Channels[0].Owner, p.Channels[0].Deputy = "Digital communications team (four editors, two on call)", ""
		}, noFindings()},
		{"no deputy", "", func(p *Plan) { p.Channels[1].Deputy = "" }, []string{"weak channels[1].deputy"}},
		{"no deputies, said once nb", "nb", func(p *Plan) { p.Channels[0].Deputy, p.Channels[1].Deputy = "", "" }, []string{"weak channels[0].deputy"}},
		{"no incident deputy nn", "nn", func(p *Plan) { p.Responses.Incident.Deputy = "" }, []string{"weak responses.incident.deputy"}},
	},
	"channel-why": {
		{"reasons tied to audiences", "", func(*Plan) {}, noFindings()},
		{"reasons nb", "nb", func(*Plan) {}, noFindings()},
		{"reasons nn", "nn", func(*Plan) {}, noFindings()},
		{"no reason", "", func(p *Plan) { p.Channels[1].Why = "" }, []string{"gap channels[1].why"}},
		{"no reasons, said once", "", func(p *Plan) { p.Channels[0].Why, p.Channels[1].Why = "", "" }, []string{"gap channels[0].why"}},
		{"everyone is there", "", func(p *Plan) { p.Channels[0].Why = "Everybody is on it these days" }, []string{"weak channels[0].why"}},
		{"about us nb", "nb", func(p *Plan) { p.Channels[0].Why = "Vi liker å ta bilder" }, []string{"weak channels[0].why"}},
		{"own audience nn", "nn", func(p *Plan) { p.Channels[0].Why = "Barnefamiliane i nabolaget er der kvar dag" }, noFindings()},
	},
	"goal-baseline": {
		{"baselines given", "", func(*Plan) {}, noFindings()},
		{"from in the goal", "nb", func(p *Plan) {
			p.Channels[0].Baseline, p.Channels[0].Goal = "", "Fra 850 til 2 000 følgere innen juni 2027"
		}, noFindings()},
		{"no baseline", "", func(p *Plan) { p.Channels[1].Baseline = "" }, []string{"tip channels[1].baseline"}},
		{"no baselines nn", "nn", func(p *Plan) { p.Channels[0].Baseline, p.Channels[1].Baseline = "", "" }, []string{"tip channels[0].baseline"}},
	},
	"reporting": {
		{"owner and rhythm", "", func(*Plan) {}, noFindings()},
		{"not answered is the section's", "", func(p *Plan) { p.Reporting = Reporting{} }, noFindings()},
		{"no owner", "", func(p *Plan) { p.Reporting.Owner = "" }, []string{"weak reporting.owner"}},
		{"no rhythm nb", "nb", func(p *Plan) { p.Reporting.Cadence = "" }, []string{"weak reporting.cadence"}},
		{"no rhythm at all nn", "nn", func(p *Plan) { p.Reporting.Cadence = "Ved trong" }, []string{"weak reporting.cadence"}},
	},
	"document-control": {
		{"dated and owned", "", func(*Plan) {}, noFindings()},
		{"not answered is the section's", "", func(p *Plan) { p.Document = Document{} }, noFindings()},
		{"no date", "", func(p *Plan) { p.Document.Date = "" }, []string{"weak document.date"}},
		{"unreadable date nb", "nb", func(p *Plan) { p.Document.Date = "i vår" }, []string{"weak document.date"}},
		{"no owner nn", "nn", func(p *Plan) { p.Document.Authors, p.Document.ApprovedBy = nil, "" }, []string{"weak document.authors"}},
		{"expired", "", func(p *Plan) { p.Document.ValidUntil = "2026-12-31" }, []string{"weak document.valid_until"}},
		// The document prints a missing field as "To be decided".
		{"valid until to be decided", "", func(p *Plan) { p.Document.ValidUntil = "" }, []string{"tip document"}},
		{"versjon ikke avklart nb", "nb", func(p *Plan) { p.Document.Version = "" }, []string{"tip document"}},
		{"godkjend av ikkje avklart nn", "nn", func(p *Plan) { p.Document.ApprovedBy = "" }, []string{"tip document"}},
	},
	"declined-reason": {
		{"reasons given", "", func(*Plan) {}, noFindings()},
		{"no reason", "", func(p *Plan) { p.DeclinedChannels[1].Reason = "" }, []string{"weak declined_channels[1].reason"}},
		{"no reason nn", "nn", func(p *Plan) { p.DeclinedChannels = append(p.DeclinedChannels, Declined{ID: "snapchat"}) },
			[]string{"weak declined_channels[2].reason"}},
	},
	"no-presence-instead": {
		{"instead and triggers", "", testStayAway, noFindings()},
		{"active plan", "", func(*Plan) {}, noFindings()},
		{"nothing instead", "", func(p *Plan) {
			testStayAway(p)
			p.Instead, p.NoPresenceReason = nil, "None of our buyers are there."
		}, []string{"weak instead"}},
		{"instead in the reason nb", "nb", func(p *Plan) {
			testStayAway(p)
			p.Instead, p.NoPresenceReason = nil, "Kundene våre møter vi på messer og per telefon."
		}, noFindings()},
		{"no triggers nn", "nn", func(p *Plan) { testStayAway(p); p.RevisitTriggers = nil }, []string{"tip revisit_triggers"}},
	},
	"channel-id-typo": {
		{"known ids", "", func(*Plan) {}, noFindings()},
		{"facebok", "", func(p *Plan) { p.Channels[1].ID = "facebok" }, []string{"weak channels"}},
		{"swapped letters", "", func(p *Plan) { p.Channels[0].ID = "instagarm" }, []string{"weak channels"}},
		{"in the incident channels", "", func(p *Plan) { p.Responses.Incident.Channels = []string{"facebok", "instagram"} }, []string{"weak responses.incident.channels"}},
		{"own channels are left alone", "", func(p *Plan) { p.Channels[1].ID = "Newsletter" }, noFindings()},
		{"short ids are left alone", "", func(p *Plan) { p.Channels[1].ID = "xx" }, noFindings()},
	},
	"goal-deadline-passed": {
		{"deadlines ahead", "", func(*Plan) {}, noFindings()},
		{"deadlines ahead nb", "nb", func(*Plan) {}, noFindings()},
		// Found on a real plan: a goal that expired in 2019 got "Nothing to add".
		{"June 2019", "", func(p *Plan) { p.Channels[0].Goal = "Reach 2,000 local followers by June 2019" }, []string{"weak channels[0].goal"}},
		{"31.12.2025 nb", "nb", func(p *Plan) { p.Channels[0].Goal = "Nå 2 500 følgere innen 31.12.2025" }, []string{"weak channels[0].goal"}},
		{"1. juni 2026 nn", "nb", func(p *Plan) { p.Channels[0].Goal = "Nå 2 500 følgjarar innan 1. juni 2026" }, []string{"weak channels[0].goal"}},
		{"Q4 2026", "", func(p *Plan) { p.Channels[0].Goal = "300 sign-ups in Q4 2026" }, []string{"weak channels[0].goal"}},
		{"utgangen av 2026", "nb", func(p *Plan) { p.Channels[0].Goal = "Doble antall følgere innen utgangen av 2026" }, []string{"weak channels[0].goal"}},
		{"summer 2026", "", func(p *Plan) { p.Channels[0].Goal = "500 members before summer 2026" }, []string{"weak channels[0].goal"}},
		{"the current month is not passed", "", func(p *Plan) { p.Channels[0].Goal = "500 members by January 2027" }, noFindings()},
		{"31.12.27", "nb", func(p *Plan) { p.Channels[0].Goal = "Nå 2 500 følgere innen 31.12.27" }, noFindings()},
		{"Q2 2027", "", func(p *Plan) { p.Channels[0].Goal = "300 sign-ups in Q2 2027" }, noFindings()},
		{"by the end of 2027", "", func(p *Plan) { p.Channels[0].Goal = "Double our followers by the end of 2027" }, noFindings()},
		{"relative", "", func(p *Plan) { p.Channels[0].Goal = "Double our followers within six months" }, noFindings()},
		{"a past result is no deadline", "", func(p *Plan) { p.Channels[0].Goal = "We reached 64 million views in 2019" }, noFindings()},
		{"no presence", "", testStayAway, noFindings()},
	},
	"audience-named": {
		{"audiences named", "", func(*Plan) {}, noFindings()},
		{"no audiences", "", func(p *Plan) { p.Organisation.Audiences = nil }, []string{"gap organisation.audiences"}},
		{"blank audiences", "nb", func(p *Plan) { p.Organisation.Audiences = []Audience{{Name: " "}} }, []string{"gap organisation.audiences"}},
		{"channel without audience", "", func(p *Plan) { p.Channels[1].Audience = ""; noWhere(p) }, []string{"weak channels[1].audience"}},
		{"channels without audience, said once", "", func(p *Plan) {
			p.Channels[0].Audience, p.Channels[1].Audience = "", ""
			noWhere(p)
		}, []string{"weak channels[0].audience"}},
		// The document prints the audiences whose where lists the channel
		// as its audience ("Audience: Players and their parents").
		{"audience from where", "", func(p *Plan) {
			p.Channels[0].Audience, p.Channels[1].Audience = "", ""
			p.Organisation.Audiences = []Audience{{Name: "Players and their parents", Where: []string{p.Channels[0].ID}},
				{Name: "Young players", Where: []string{p.Channels[1].ID}}}
		}, noFindings()},
		{"målgruppe fra hvor nb", "nb", func(p *Plan) {
			p.Channels[1].Audience = ""
			p.Organisation.Audiences = append(p.Organisation.Audiences, Audience{Name: "Innbyggere", Where: []string{p.Channels[1].ID}})
		}, noFindings()},
		{"one channel left without nn", "nn", func(p *Plan) {
			p.Channels[0].Audience, p.Channels[1].Audience = "", ""
			p.Organisation.Audiences = []Audience{{Name: "Innbyggjarar", Where: []string{p.Channels[0].ID}}}
		}, []string{"weak channels[1].audience"}},
		{"no presence", "", testStayAway, noFindings()},
	},
	"cadence": {
		{"rhythms given", "", func(*Plan) {}, noFindings()},
		{"rhythms given nb", "nb", func(*Plan) {}, noFindings()},
		{"kvar veke nn", "nb", func(p *Plan) { p.Channels[0].Cadence = "To innlegg kvar veke" }, noFindings()},
		{"i uka nb", "nb", func(p *Plan) { p.Channels[0].Cadence = "3 innlegg i uka" }, noFindings()},
		{"every weekday", "", func(p *Plan) { p.Channels[0].Cadence = "Every weekday at 9" }, noFindings()},
		{"none", "", func(p *Plan) { p.Channels[1].Cadence = "" }, []string{"gap channels[1].cadence"}},
		{"quality over quantity", "", func(p *Plan) { p.Channels[0].Cadence = "Quality over quantity" }, []string{"weak channels[0].cadence"}},
		{"as the team sees fit", "", func(p *Plan) { p.Channels[0].Cadence = "As the team sees fit" }, []string{"weak channels[0].cadence"}},
		{"office hours are no rhythm", "", func(p *Plan) { p.Channels[0].Cadence = "We post outside office hours too" }, []string{"weak channels[0].cadence"}},
		{"ved behov nb", "nb", func(p *Plan) { p.Channels[0].Cadence = "Ved behov" }, []string{"weak channels[0].cadence"}},
		{"jamleg nn", "nb", func(p *Plan) { p.Channels[0].Cadence = "Jamleg, når det høver" }, []string{"weak channels[0].cadence"}},
		{"no presence", "", testStayAway, noFindings()},
	},
	"praise-response": {
		{"praise answered", "", func(*Plan) {}, noFindings()},
		{"praise not answered", "", func(p *Plan) { p.Responses.Praise.Approach = "" }, []string{"tip responses.praise.approach"}},
		{"no presence", "", testStayAway, noFindings()},
	},
	"listening-frequency": {
		{"daily", "", func(*Plan) {}, noFindings()},
		{"kvar dag nn", "nb", func(p *Plan) { p.Listening.Frequency = "Kvar dag" }, noFindings()},
		{"none", "", func(p *Plan) { p.Listening.Frequency = "" }, []string{"weak listening.frequency"}},
		{"as needed", "", func(p *Plan) { p.Listening.Frequency = "As needed" }, []string{"weak listening.frequency"}},
		{"fortløpende nb", "nb", func(p *Plan) { p.Listening.Frequency = "Fortløpende" }, []string{"weak listening.frequency"}},
		{"no terms is another rule", "", func(p *Plan) { p.Listening.Terms, p.Listening.Frequency = nil, "" }, noFindings()},
	},
	"unanswered": {
		{"all answered", "", func(*Plan) {}, noFindings()},
		{"incident plan open", "", func(p *Plan) { p.Responses.Incident = Incident{} }, []string{"gap responses.incident.lead"}},
		{"channel open", "nb", func(p *Plan) { p.Channels[1] = Channel{ID: "facebook"} }, []string{"gap channels[1].purposes"}},
		{"listening open", "", func(p *Plan) { p.Listening = Listening{} }, []string{"gap listening.terms"}},
		{"review open without presence", "", func(p *Plan) { testStayAway(p); p.Review = Review{} }, []string{"gap review.cadence"}},
		{"optional sections offered as tips, security as a weak spot", "", func(p *Plan) {
			p.Content, p.Resources, p.Governance, p.Reporting, p.Document = Content{}, Resources{}, Governance{}, Reporting{}, Document{}
		}, []string{"tip content.themes", "tip resources.hours_per_week", "weak governance.approval", "tip reporting.cadence", "tip document.date"}},
	},
	"goal-measurable": {
		{"model goals", "", func(*Plan) {}, noFindings()},
		{"model goals nb", "nb", func(*Plan) {}, noFindings()},
		{"no goal", "", func(p *Plan) { p.Channels[1].Goal = "" }, []string{"gap channels[1].goal"}},
		// Every question answered is 100 %: a number.
		{"every parent's question", "", func(p *Plan) {
			p.Channels[1].Goal = "Answer every parent's question within a school day by December 2027"
		}, noFindings()},
		{"alle spørsmål nb", "nb", func(p *Plan) {
			p.Channels[1].Goal = "Svare på alle spørsmål fra foresatte innen en skoledag innen desember 2027"
		}, noFindings()},
		{"alle spørsmål nn", "nn", func(p *Plan) {
			p.Channels[1].Goal = "Svare på alle spørsmål frå føresette innan ein skuledag innan desember 2027"
		}, noFindings()},
		{"every week is no number", "", func(p *Plan) { p.Channels[1].Goal = "Post every week by December 2027" }, []string{"gap channels[1].goal"}},
		{"neither number nor date", "", func(p *Plan) { p.Channels[0].Goal = "Be more visible" }, []string{"gap channels[0].goal"}},
		{"neither number nor date nb", "nb", func(p *Plan) { p.Channels[0].Goal = "Bli mer synlige" }, []string{"gap channels[0].goal"}},
		{"date but no number", "", func(p *Plan) { p.Channels[0].Goal = "Be known in the neighbourhood by June 2027" }, []string{"gap channels[0].goal"}},
		{"number but no date", "", func(p *Plan) { p.Channels[0].Goal = "Reach 2,000 local followers" }, []string{"weak channels[0].goal"}},
		{"number but no date nb", "nb", func(p *Plan) { p.Channels[1].Goal = "Få 20 cateringbestillinger via Facebook" }, []string{"weak channels[1].goal"}},
		{"rate counts as time frame", "", func(p *Plan) { p.Channels[0].Goal = "Take 10 orders per week" }, noFindings()},
		// Found on a real plan: a dotted Norwegian date was no deadline.
		{"31.12.2027 is a deadline nb", "nb", func(p *Plan) { p.Channels[0].Goal = "Nå 2 500 følgere innen 31.12.2027" }, noFindings()},
		{"31.12.27 is a deadline nn", "nb", func(p *Plan) { p.Channels[0].Goal = "Nå 2 500 følgjarar innan 31.12.27" }, noFindings()},
		{"31/12/2027 is a deadline", "", func(p *Plan) { p.Channels[0].Goal = "Reach 2,500 followers by 31/12/2027" }, noFindings()},
		{"1. juni 2027 nb", "nb", func(p *Plan) { p.Channels[0].Goal = "Få 300 påmeldinger innen 1. juni 2027" }, noFindings()},
		{"juni 2027 nn", "nb", func(p *Plan) { p.Channels[0].Goal = "Få 300 påmeldingar innan juni 2027" }, noFindings()},
		{"innen utgangen av 2027", "nb", func(p *Plan) { p.Channels[0].Goal = "Doble antall følgere innen utgangen av 2027" }, noFindings()},
		{"Q2 2027", "", func(p *Plan) { p.Channels[0].Goal = "300 newsletter sign-ups from Instagram in Q2 2027" }, noFindings()},
		{"by the end of 2027", "", func(p *Plan) { p.Channels[0].Goal = "Double our followers by the end of 2027" }, noFindings()},
		{"within six months", "", func(p *Plan) { p.Channels[0].Goal = "Grow engagement by 20% within six months" }, noFindings()},
		{"season", "nb", func(p *Plan) { p.Channels[0].Goal = "300 nye medlemmer før sommeren 2027" }, noFindings()},
		{"number in words", "", func(p *Plan) { p.Channels[1].Goal = "Win two new catering clients a month" }, noFindings()},
		{"number in words nb", "nb", func(p *Plan) { p.Channels[1].Goal = "Få to nye bedriftskunder i måneden" }, noFindings()},
		{"number in words nn", "nb", func(p *Plan) { p.Channels[1].Goal = "Få tre nye lag kvar veke" }, noFindings()},
		{"article is no number nb", "nb", func(p *Plan) { p.Channels[0].Goal = "Bli en kjent stemme i byen innen 2027" }, []string{"gap channels[0].goal"}},
		{"from baseline to target", "", func(p *Plan) { p.Channels[0].Goal = "Grow from 23,000 to 30,000 followers by 2027" }, noFindings()},
		{"baseline only", "", func(p *Plan) { p.Channels[0].Goal = "Grow from 23,000 followers by 2027" }, []string{"gap channels[0].goal"}},
		{"baseline only nb", "nb", func(p *Plan) { p.Channels[0].Goal = "Vokse fra 850 følgere innen 2027" }, []string{"gap channels[0].goal"}},
		{"past result", "", func(p *Plan) { p.Channels[0].Goal = "We reached 64 million views in 2019" }, []string{"gap channels[0].goal"}},
		{"past result nn", "nb", func(p *Plan) { p.Channels[0].Goal = "Me nådde 10 000 følgjarar i 2024" }, []string{"gap channels[0].goal"}},
		{"no presence", "", testStayAway, noFindings()},
	},
	"measures-fit-purposes": {
		{"model measures", "", func(*Plan) {}, noFindings()},
		{"model measures nb", "nb", func(*Plan) {}, noFindings()},
		{"no measures", "", func(p *Plan) { p.Channels[0].Measures = nil }, []string{"gap channels[0].measures"}},
		{"no measures, no purposes", "", func(p *Plan) { p.Channels[0].Measures, p.Channels[0].Purposes = nil, nil }, []string{"gap channels[0].measures"}},
		{"vanity measure for support", "", func(p *Plan) {
			p.Channels[1].Purposes = []string{"support"}
			p.Channels[1].Measures = []string{"followers", "likes"}
		}, []string{"weak channels[1].measures"}},
		{"one purpose uncovered", "", func(p *Plan) { p.Channels[0].Measures = []string{"reach", "clicks"} }, []string{"weak channels[0].measures"}},
		{"own words that fit", "nb", func(p *Plan) {
			p.Channels[1].Purposes = []string{"support", "promote"}
			p.Channels[1].Measures = []string{"Andel henvendelser besvart innen 4 timer", "Antall bestillinger"}
		}, noFindings()},
		{"measures without purposes", "", func(p *Plan) { p.Channels[0].Purposes = nil }, noFindings()},
		{"as the platform names them", "", func(p *Plan) {
			p.Channels[0].Purposes = []string{"share", "inspire"}
			p.Channels[0].Measures = []string{"reblogs", "saves"}
			p.Channels[1].Purposes = []string{"promote", "support"}
			p.Channels[1].Measures = []string{"route requests", "average rating"}
		}, noFindings()},
		{"as the platform names them nn", "nb", func(p *Plan) {
			p.Channels[0].Purposes = []string{"inspire"}
			p.Channels[0].Measures = []string{"Talet på følgjarar"}
		}, noFindings()},
	},
	"channel-owner": {
		{"owners named", "", func(*Plan) {}, noFindings()},
		{"no owner", "", func(p *Plan) { p.Channels[1].Owner = "  " }, []string{"gap channels[1].owner"}},
		{"no owners", "", func(p *Plan) { p.Channels[0].Owner, p.Channels[1].Owner = "", "" }, []string{"gap channels[0].owner", "gap channels[1].owner"}},
		{"no presence", "", testStayAway, noFindings()},
	},
	"owner-capacity": {
		{"two channels each", "", func(*Plan) {}, noFindings()},
		{"three is fine", "", func(p *Plan) {
			p.Channels = append(p.Channels, Channel{ID: "linkedin", Owner: "Kari"}, Channel{ID: "tiktok", Owner: "Ola"})
			p.Channels[0].Owner = "Kari (café manager)"
			p.Channels[1].Owner = "kari"
		}, noFindings()},
		{"four for one person", "", func(p *Plan) {
			p.Channels = append(p.Channels, Channel{ID: "linkedin", Owner: "Kari"}, Channel{ID: "tiktok", Owner: "Kari, evenings"})
			p.Channels[1].Owner = "KARI"
		}, []string{"weak channels[3].owner"}},
		{"hyphenated names are people", "", func(p *Plan) {
			p.Channels = []Channel{{ID: "x", Owner: "Anne-Lise"}, {ID: "blog", Owner: "Anne-Marie"}, {ID: "linkedin", Owner: "Anne-Lise"}, {ID: "tiktok", Owner: "Anne-Marie"}}
		}, noFindings()},
		// Found on a real plan: a team was counted as one person.
		{"a team is not one person", "", func(p *Plan) {
			const team = "Digital communications team (four editors, two on call)"
			p.Channels = []Channel{{ID: "x", Owner: team}, {ID: "facebook", Owner: team}, {ID: "instagram", Owner: team},
				{ID: "linkedin", Owner: team}, {ID: "youtube", Owner: team}}
		}, noFindings()},
		{"a unit is not one person nb", "nb", func(p *Plan) {
			p.Channels = []Channel{{ID: "x", Owner: "Kommunikasjonsavdelingen"}, {ID: "facebook", Owner: "Kommunikasjonsavdelingen"},
				{ID: "instagram", Owner: "kommunikasjonsavdelingen"}, {ID: "linkedin", Owner: "Kommunikasjonsavdelingen"}}
		}, noFindings()},
		{"a unit is not one person nn", "nb", func(p *Plan) {
			const unit = "Kommunikasjonseininga (tre rådgjevarar)"
			p.Channels = []Channel{{ID: "x", Owner: unit}, {ID: "facebook", Owner: unit}, {ID: "instagram", Owner: unit}, {ID: "linkedin", Owner: unit}}
		}, noFindings()},
		{"a role held by one person is one person", "", func(p *Plan) {
			const role = "Communications manager"
			p.Channels = []Channel{{ID: "x", Owner: role}, {ID: "facebook", Owner: role}, {ID: "instagram", Owner: role}, {ID: "linkedin", Owner: role}}
		}, []string{"weak channels[3].owner"}},
	},
	"channel-sameness": {
		{"adapted channels", "", func(*Plan) {}, noFindings()},
		{"one channel", "", func(p *Plan) { p.Channels = p.Channels[:1] }, noFindings()},
		{"tone and cadence pasted", "", func(p *Plan) {
			for i := range p.Channels {
				p.Channels[i].Tone, p.Channels[i].Cadence = "Friendly", "3 posts a week"
			}
			p.Channels[1].Tone = "friendly."
		}, []string{"tip channels[0].tone"}},
		{"tone pasted", "nb", func(p *Plan) {
			p.Channels[0].Tone, p.Channels[1].Tone = "Vennlig", "Vennlig"
		}, []string{"tip channels[0].tone"}},
		{"mirrored on purpose", "", func(p *Plan) {
			for i := range p.Channels {
				p.Channels[i].Tone, p.Channels[i].Cadence = "Friendly", "3 posts a week"
			}
			p.Channels[1].Audience = "The same people as on Instagram; we mirror the posts"
		}, noFindings()},
		{"mirrored on purpose nn", "nb", func(p *Plan) {
			p.Channels[0].Tone, p.Channels[1].Tone = "Venleg", "Venleg"
			p.Channels[1].Audience = "Same innhald som på Instagram, speila"
		}, noFindings()},
		{"X and Mastodon alike", "", func(p *Plan) {
			p.Channels = []Channel{{ID: "x", Tone: "Plain", Cadence: "daily"}, {ID: "mastodon", Tone: "Plain", Cadence: "daily"}}
		}, noFindings()},
		{"cadence pasted", "", func(p *Plan) {
			p.Channels[0].Cadence, p.Channels[1].Cadence = "daily", "Daily"
		}, []string{"tip channels[0].cadence"}},
		{"all blank is undecided, not pasted", "", func(p *Plan) {
			for i := range p.Channels {
				p.Channels[i].Tone, p.Channels[i].Cadence = "", ""
			}
		}, noFindings()},
	},
	"spokespeople-named": {
		{"designated and named", "", func(*Plan) {}, noFindings()},
		{"leadership", "", func(p *Plan) { p.Voice.Spokespeople, p.Voice.SpokespeopleNames = SpeakLeadership, nil }, noFindings()},
		{"designated, no names", "", func(p *Plan) { p.Voice.SpokespeopleNames = nil }, []string{"gap voice.spokespeople_names"}},
		{"designated, blank names", "", func(p *Plan) { p.Voice.SpokespeopleNames = []string{" "} }, []string{"gap voice.spokespeople_names"}},
		{"undecided", "", func(p *Plan) { p.Voice.Spokespeople = "" }, []string{"gap voice.spokespeople"}},
	},
	"guidelines-for-everyone": {
		{"guidelines written", "", func(*Plan) {}, noFindings()},
		{"everyone with guidelines", "", func(p *Plan) { p.Voice.Spokespeople = SpeakEveryone }, noFindings()},
		{"everyone without guidelines", "", func(p *Plan) { p.Voice.Spokespeople, p.Voice.Guidelines = SpeakEveryone, nil }, []string{"gap voice.guidelines"}},
		{"designated without guidelines", "", func(p *Plan) { p.Voice.Guidelines = nil }, []string{"tip voice.guidelines"}},
	},
	"criticism-response-time": {
		{"4 hours", "", func(*Plan) {}, noFindings()},
		{"4 timer", "nb", func(*Plan) {}, noFindings()},
		{"30 min", "", func(p *Plan) { p.Responses.Criticism.ResponseTime = "30 min" }, noFindings()},
		{"missing", "", func(p *Plan) { p.Responses.Criticism.ResponseTime = "" }, []string{"gap responses.criticism.response_time"}},
		{"vague", "", func(p *Plan) { p.Responses.Criticism.ResponseTime = "as soon as possible" }, []string{"weak responses.criticism.response_time"}},
		{"a week", "", func(p *Plan) { p.Responses.Criticism.ResponseTime = "within a week" }, []string{"weak responses.criticism.response_time"}},
		{"3 virkedager", "nb", func(p *Plan) { p.Responses.Criticism.ResponseTime = "3 virkedager" }, []string{"weak responses.criticism.response_time"}},
		{"2 working days is the limit", "", func(p *Plan) { p.Responses.Criticism.ResponseTime = "2 working days" }, []string{"tip responses.criticism.response_time"}},
		{"1 dag", "nb", func(p *Plan) { p.Responses.Criticism.ResponseTime = "1 dag" }, []string{"tip responses.criticism.response_time"}},
		{"24 timer", "nb", func(p *Plan) { p.Responses.Criticism.ResponseTime = "24 timer" }, []string{"tip responses.criticism.response_time"}},
		// A school's answers, read as "not a length of time" before.
		{"1 school day", "", func(p *Plan) { p.Responses.Criticism.ResponseTime = "1 school day" }, []string{"tip responses.criticism.response_time"}},
		{"1 skoledag", "nb", func(p *Plan) { p.Responses.Criticism.ResponseTime = "1 skoledag" }, []string{"tip responses.criticism.response_time"}},
		{"ein skuledag", "nn", func(p *Plan) { p.Responses.Criticism.ResponseTime = "ein skuledag" }, []string{"tip responses.criticism.response_time"}},
		{"within one school day", "", func(p *Plan) { p.Responses.Criticism.ResponseTime = "within one school day" }, []string{"tip responses.criticism.response_time"}},
	},
	"criticism-escalation": {
		{"escalation set", "", func(*Plan) {}, noFindings()},
		{"missing", "", func(p *Plan) { p.Responses.Criticism.Escalation = "" }, []string{"gap responses.criticism.escalation"}},
	},
	"incident-lead": {
		{"lead named", "", func(*Plan) {}, noFindings()},
		{"missing", "", func(p *Plan) { p.Responses.Incident.Lead = "" }, []string{"gap responses.incident.lead"}},
		{"handled elsewhere", "", func(p *Plan) {
			p.Responses.Incident = Incident{Lead: "Handled by the municipality's crisis team"}
		}, []string{"tip responses.incident.lead"}},
		{"handled elsewhere nb", "nb", func(p *Plan) {
			p.Responses.Incident = Incident{Lead: "Kommunens beredskapsledelse, etter kriseplanen"}
		}, []string{"tip responses.incident.lead"}},
		{"handled elsewhere nn", "nb", func(p *Plan) {
			p.Responses.Incident = Incident{Lead: "Vert handtert av kriseleiinga i fylkeskommunen"}
		}, []string{"tip responses.incident.lead"}},
	},
	"incident-channels": {
		{"channels listed", "", func(*Plan) {}, noFindings()},
		{"none listed", "", func(p *Plan) { p.Responses.Incident.Channels = nil }, []string{"gap responses.incident.channels"}},
		{"incident channel left out", "", func(p *Plan) { p.Responses.Incident.Channels = []string{"instagram"} }, []string{"weak responses.incident.channels"}},
		{"other channels are fine", "", func(p *Plan) { p.Responses.Incident.Channels = []string{"Facebook", "website"} }, noFindings()},
		{"a misspelt channel is the typo rule's", "", func(p *Plan) { p.Channels[1].ID = "facebok" }, noFindings()},
		{"a channel not in the plan", "", func(p *Plan) { p.Responses.Incident.Channels = []string{"facebook", "instagram", "tiktok"} }, []string{"weak responses.incident.channels"}},
		{"handled elsewhere", "", func(p *Plan) {
			p.Responses.Incident = Incident{Lead: "Handled by head office's crisis team"}
		}, noFindings()},
	},
	"holding-statement": {
		{"model statement", "", func(*Plan) {}, noFindings()},
		{"model statement nb", "nb", func(*Plan) {}, noFindings()},
		{"missing", "", func(p *Plan) { p.Responses.Incident.HoldingStatement = "" }, []string{"gap responses.incident.holding_statement"}},
		// The statements of testdata/kinds: a club, a municipality, a school.
		{"a club's statement", "", func(p *Plan) {
			p.Responses.Incident.HoldingStatement = "There was an incident at today's match. Everyone involved is being looked after, and we are in touch with the families. We will say more here by 20:00."
		}, noFindings()},
		{"a municipality's statement", "", func(p *Plan) {
			p.Responses.Incident.HoldingStatement = "The drinking water in Nordbygda may be contaminated. Boil the water before drinking it. We are finding the cause and will update here and on fjordvik.kommune.no by 14:00."
		}, []string{"weak responses.incident.holding_statement"}}, // names no one affected
		{"a school's statement", "", func(p *Plan) {
			p.Responses.Incident.HoldingStatement = "Something has happened at the school today. All students are safe, and parents have been told by text message. We will update here by 15:00."
		}, noFindings()},
		{"kommunens melding nb", "nb", func(p *Plan) {
			p.Responses.Incident.HoldingStatement = "Drikkevannet i Nordbygda kan være forurenset. Alle som bor der, må koke vannet. Vi leter etter årsaken og oppdaterer her kl. 14."
		}, noFindings()},
		{"skulen si melding nn", "nn", func(p *Plan) {
			p.Responses.Incident.HoldingStatement = "Det har skjedd noko på skulen i dag. Alle elevane er trygge, og føresette har fått SMS. Vi arbeider med saka og oppdaterer her innan 15.00."
		}, noFindings()},
		{"only an apology", "", func(p *Plan) { p.Responses.Incident.HoldingStatement = "We are sorry." }, []string{"weak responses.incident.holding_statement"}},
		{"only an apology nb", "nb", func(p *Plan) { p.Responses.Incident.HoldingStatement = "Vi beklager ulempene." }, []string{"weak responses.incident.holding_statement"}},
		{"no next update", "nb", func(p *Plan) {
			p.Responses.Incident.HoldingStatement = "Vi vet at bestillingssystemet er nede. Kunder som har bestilt i dag, kan bli berørt. Vi jobber med å rette feilen. Følg med her på Facebook."
		}, []string{"weak responses.incident.holding_statement"}},
		{"all five parts", "", func(p *Plan) {
			p.Responses.Incident.HoldingStatement = "Our booking system is down. Customers who booked today may be affected. We are working on a fix. Updates come here, next update by 14:00."
		}, noFindings()},
	},
	"incident-interval": {
		{"every 2 hours", "", func(*Plan) {}, noFindings()},
		{"hver 2. time", "nb", func(*Plan) {}, noFindings()},
		{"missing", "", func(p *Plan) { p.Responses.Incident.UpdateInterval = "" }, []string{"gap responses.incident.update_interval"}},
		{"every other day", "", func(p *Plan) { p.Responses.Incident.UpdateInterval = "every 2 days" }, []string{"weak responses.incident.update_interval"}},
		{"ukentlig", "nb", func(p *Plan) { p.Responses.Incident.UpdateInterval = "ukentlig" }, []string{"weak responses.incident.update_interval"}},
		{"no interval", "", func(p *Plan) { p.Responses.Incident.UpdateInterval = "as the team sees fit" }, []string{"weak responses.incident.update_interval"}},
		{"no interval either", "", func(p *Plan) { p.Responses.Incident.UpdateInterval = "whenever there is news" }, []string{"weak responses.incident.update_interval"}},
		{"no interval nb", "nb", func(p *Plan) { p.Responses.Incident.UpdateInterval = "ved behov" }, []string{"weak responses.incident.update_interval"}},
		{"kvar time nn", "nb", func(p *Plan) { p.Responses.Incident.UpdateInterval = "kvar time; etterpå evaluerer me" }, noFindings()},
	},
	"incident-aftermath": {
		{"afterwards planned", "", func(*Plan) {}, noFindings()},
		{"etterpå planlagt", "nb", func(*Plan) {}, noFindings()},
		{"nothing after", "", func(p *Plan) {
			p.Responses.Incident.UpdateInterval, p.Responses.Incident.Afterwards = "every 2 hours", ""
		}, []string{"weak responses.incident"}},
		{"afterwards is a review nn", "nn", func(*Plan) {}, noFindings()},
		{"the board goes through what happened", "", func(p *Plan) {
			p.Responses.Incident.Afterwards = "The board goes through what happened at its next meeting"
		}, noFindings()},
		{"styret går gjennom nb", "nb", func(p *Plan) {
			p.Responses.Incident.Afterwards = "Styret går gjennom det som skjedde på neste styremøte"
		}, noFindings()},
		{"styret ser på det som skjedde nn", "nn", func(p *Plan) {
			p.Responses.Incident.Afterwards = "Styret ser på det som skjedde på neste møte"
		}, noFindings()},
		{"afterwards that only pauses", "", func(p *Plan) { p.Responses.Incident.Afterwards = "Pause scheduled posts for a day" },
			[]string{"weak responses.incident.afterwards"}},
		{"pausing is no review", "", func(p *Plan) {
			p.Responses.Incident.UpdateInterval, p.Responses.Incident.Afterwards = "every 2 hours; afterwards pause scheduled posts", ""
		}, []string{"weak responses.incident"}},
		{"format 1: after the update interval", "", func(p *Plan) {
			p.Responses.Incident.Afterwards = ""
			p.Responses.Incident.UpdateInterval = "every 2 hours; afterwards pause scheduled posts and hold a short review within a week"
		}, noFindings()},
		{"review nn", "nb", func(p *Plan) {
			p.Responses.Incident.Afterwards = ""
			p.Responses.Incident.UpdateInterval = "kvar time; etterpå gjennomgår me kva som skjedde"
		}, noFindings()},
		{"statement words do not count", "nb", func(p *Plan) {
			p.Responses.Incident.UpdateInterval = "hver 2. time" // the statement says «stanset»
			p.Responses.Incident.Afterwards = ""
		}, []string{"weak responses.incident"}},
	},
	"listening-terms": {
		{"terms listed", "", func(*Plan) {}, noFindings()},
		{"none", "", func(p *Plan) { p.Listening.Terms = nil }, []string{"gap listening.terms"}},
		{"blank", "", func(p *Plan) { p.Listening.Terms = []string{""} }, []string{"gap listening.terms"}},
	},
	"listening-own-name": {
		{"name listed", "", func(*Plan) {}, noFindings()},
		{"hashtag counts", "", func(p *Plan) { p.Listening.Terms = []string{"#SolsidenBakeri"} }, noFindings()},
		{"short name counts", "", func(p *Plan) { p.Listening.Terms = []string{"Solsiden"} }, noFindings()},
		{"company form ignored", "", func(p *Plan) {
			p.Organisation.Name = "Solsiden Bakeri AS"
		}, noFindings()},
		{"name left out", "", func(p *Plan) { p.Listening.Terms = []string{"bakery Trondheim", "sourdough"} }, []string{"weak listening.terms"}},
		{"handle counts", "", func(p *Plan) { p.Listening.Terms = []string{"@solsidenbakeri"} }, noFindings()},
		{"acronym counts", "nb", func(p *Plan) {
			p.Organisation.Name = "Den Norske Turistforening"
			p.Listening.Terms = []string{"DNT", "hytter"}
		}, noFindings()},
		{"acronym with a small word", "nb", func(p *Plan) {
			p.Organisation.Name = "Universitetet i Oslo"
			p.Listening.Terms = []string{"#UiO"}
		}, noFindings()},
		{"short form in brackets", "", func(p *Plan) {
			p.Organisation.Name = "National Archives and Records Administration (NARA)"
			p.Listening.Terms = []string{"@USNatArchives", "NARA"}
		}, noFindings()},
		{"another acronym", "nb", func(p *Plan) {
			p.Organisation.Name = "Den Norske Turistforening"
			p.Listening.Terms = []string{"NRK"}
		}, []string{"weak listening.terms"}},
		{"no terms is another rule", "", func(p *Plan) { p.Listening.Terms = nil }, noFindings()},
	},
	"review": {
		{"cadence and owner", "", func(*Plan) {}, noFindings()},
		{"no cadence", "", func(p *Plan) { p.Review.Cadence = "" }, []string{"gap review.cadence"}},
		{"no owner", "", func(p *Plan) { p.Review.Owner = "" }, []string{"gap review.owner"}},
		{"neither", "", func(p *Plan) { p.Review = Review{} }, []string{"gap review.cadence", "gap review.owner"}},
		{"no time", "", func(p *Plan) { p.Review.Cadence = "Living document, reviewed regularly" }, []string{"weak review.cadence"}},
		{"no time nb", "nb", func(p *Plan) { p.Review.Cadence = "Jevnlig, ved behov" }, []string{"weak review.cadence"}},
		{"kvart år nn", "nb", func(p *Plan) { p.Review.Cadence = "Kvart år, i januar" }, noFindings()},
		{"a date", "", func(p *Plan) { p.Review.Cadence = "June 2027, then every January" }, noFindings()},
		{"no presence is another rule", "", func(p *Plan) { testStayAway(p); p.Review = Review{} }, noFindings()},
	},
	"no-presence-reason": {
		{"the essay's reason", "", testStayAway, noFindings()},
		{"the essay's reason nb", "nb", func(p *Plan) {
			testStayAway(p)
			p.NoPresenceReason = "Vi skal ikke bruke tid på sosiale medier, fordi ingen av våre nåværende eller potensielle kjøpere av våre produkter er til stede på sosiale medier."
		}, noFindings()},
		{"where instead", "", func(p *Plan) {
			testStayAway(p)
			p.NoPresenceReason = "We meet people at trade fairs and by email instead."
		}, noFindings()},
		{"own audience named", "", func(p *Plan) {
			testStayAway(p)
			p.NoPresenceReason = "Farmers around here do not use it."
		}, noFindings()},
		{"no reason", "", func(p *Plan) { testStayAway(p); p.NoPresenceReason = "" }, []string{"gap no_presence_reason"}},
		{"about us only", "", func(p *Plan) { testStayAway(p); p.NoPresenceReason = "We do not have time for it." }, []string{"weak no_presence_reason"}},
		{"about us only nb", "nb", func(p *Plan) { testStayAway(p); p.NoPresenceReason = "Vi har ikke tid." }, []string{"weak no_presence_reason"}},
		{"about us only nn", "nb", func(p *Plan) { testStayAway(p); p.NoPresenceReason = "Me har ikkje tid." }, []string{"weak no_presence_reason"}},
		{"another sender speaks for us", "", func(p *Plan) {
			testStayAway(p)
			p.NoPresenceReason = "The youth council speaks through the municipality's own accounts."
		}, noFindings()},
		{"another sender speaks for us nn", "nb", func(p *Plan) {
			testStayAway(p)
			p.NoPresenceReason = "Ungdomsrådet når ut gjennom kommunen sine kanalar."
		}, noFindings()},
		{"active plan", "", func(*Plan) {}, noFindings()},
	},
	"no-presence-revisit": {
		{"date set", "", testStayAway, noFindings()},
		{"no date", "", func(p *Plan) { testStayAway(p); p.Review.Cadence = "" }, []string{"gap review.cadence"}},
		{"no one", "", func(p *Plan) { testStayAway(p); p.Review.Owner = "" }, []string{"weak review.owner"}},
		{"active plan", "", func(p *Plan) { p.Review = Review{} }, noFindings()},
	},
}

func findingKeys(fs []Finding) []string {
	var out []string
	for _, f := range fs {
		out = append(out, string(f.Severity)+" "+f.Path)
	}
	return out
}

// TestRules runs every rule on plans that trigger it and plans that do not.
// A rule without both kinds of case fails.
func TestRules(t *testing.T) {
	for _, r := range Rules() {
		cases := ruleTests[r.ID]
		triggers := slices.IndexFunc(cases, func(c ruleCase) bool { return len(c.want) > 0 }) >= 0
		quiet := slices.IndexFunc(cases, func(c ruleCase) bool { return len(c.want) == 0 }) >= 0
		if !triggers || !quiet {
			t.Errorf("rule %s needs a plan that triggers it and one that does not (have %d cases)", r.ID, len(cases))
		}
		for _, c := range cases {
			t.Run(r.ID+"/"+c.name, func(t *testing.T) {
				p := Example(c.lang)
				c.edit(p)
				got := r.CheckOn(p, testToday)
				if !slices.Equal(findingKeys(got), c.want) {
					t.Errorf("%s(%q) = %q, want %q", r.ID, c.name, findingKeys(got), c.want)
				}
				for _, f := range got {
					if f.Rule != r.ID {
						t.Errorf("%s(%q) made a finding with rule %q", r.ID, c.name, f.Rule)
					}
					checkWording(t, f)
				}
			})
		}
	}
	for id := range ruleTests {
		if !slices.ContainsFunc(Rules(), func(r Rule) bool { return r.ID == id }) {
			t.Errorf("ruleTests has cases for %q, which is not a rule", id)
		}
	}
}

// checkWording holds every finding to the adviser's voice: a sentence in
// each language, the two not the same, no format mistakes.
func checkWording(t *testing.T, f Finding) {
	t.Helper()
	for _, tx := range []struct {
		what string
		t    Text
	}{{"message", f.Message}, {"suggestion", f.Suggestion}} {
		for lang, s := range map[string]string{"en": tx.t.En, "nb": tx.t.Nb, "nn": tx.t.Nn} {
			switch {
			case s == "":
				t.Errorf("%s %s: %s in %s is empty", f.Rule, f.Path, tx.what, lang)
			case strings.Contains(s, "%!") || strings.Contains(s, "%s") || strings.Contains(s, "%d"):
				t.Errorf("%s %s: %s in %s has a format mistake: %q", f.Rule, f.Path, tx.what, lang, s)
			case !strings.HasSuffix(s, ".") && !strings.HasSuffix(s, "?") && !strings.HasSuffix(s, "»") && !strings.HasSuffix(s, `"`):
				t.Errorf("%s %s: %s in %s does not end a sentence: %q", f.Rule, f.Path, tx.what, lang, s)
			case !unicode.IsUpper([]rune(s)[0]):
				t.Errorf("%s %s: %s in %s does not start with a capital: %q", f.Rule, f.Path, tx.what, lang, s)
			}
		}
		if tx.t.En == tx.t.Nb {
			t.Errorf("%s %s: %s is not translated: %q", f.Rule, f.Path, tx.what, tx.t.En)
		}
	}
}

func TestRuleIDs(t *testing.T) {
	seen := map[string]bool{}
	for _, r := range Rules() {
		if seen[r.ID] {
			t.Errorf("rule id %q is used twice", r.ID)
		}
		seen[r.ID] = true
		if r.ID != strings.ToLower(r.ID) || strings.ContainsAny(r.ID, " _") {
			t.Errorf("rule id %q: want lower-case words joined by hyphens", r.ID)
		}
		if r.Reason.En == "" || r.Reason.Nb == "" || r.Reason.En == r.Reason.Nb {
			t.Errorf("rule %s: reason must be given in English and bokmål, got %+v", r.ID, r.Reason)
		}
	}
	// The ids are a promise to tools and teachers; changing one is a
	// breaking change.
	want := []string{"shared-login", "channel-id-typo", "security", "incident-lead", "incident-first-steps",
		"holding-statement", "incident-channels", "incident-interval", "incident-aftermath", "criticism-response-time",
		"criticism-escalation", "moderation", "accessibility-public", "archiving-public", "spokespeople-named",
		"guidelines-for-everyone", "channel-owner", "deputies", "owner-capacity", "channel-why", "goal-measurable",
		"goal-deadline-passed", "goal-baseline", "measures-fit-purposes", "audience-named", "cadence", "praise-response",
		"listening-terms", "listening-own-name", "listening-frequency", "reporting", "review", "document-control",
		"declined-reason", "channel-sameness", "no-presence-reason", "no-presence-instead", "no-presence-revisit",
		"unanswered"}
	var got []string
	for _, r := range Rules() {
		got = append(got, r.ID)
	}
	if !slices.Equal(got, want) {
		t.Errorf("Rules() ids = %q, want %q", got, want)
	}
}

func TestMeasureFits(t *testing.T) {
	tests := []struct {
		measure, purpose string
		want             bool
	}{
		{"reach", "inspire", true},
		{"Rekkevidde", "inspire", true},
		{"engagement rate", "share", true},
		{"clicks to the shop", "promote", true},
		{"open rate", "promote", true}, // a newsletter's
		{"åpningsrate", "inspire", true},
		{"subscribers", "inspire", true},
		{"besøk fra sosiale medier", "promote", true},
		{"response time", "support", true},
		{"svartid", "support", true},
		{"share of voice", "listen", true},
		{"tid til første melding", "incident", true},
		{"followers", "support", false},
		{"likes", "promote", false},
		{"reach", "unknown-purpose", false},
	}
	for _, tt := range tests {
		if got := measureFits(tt.measure, tt.purpose); got != tt.want {
			t.Errorf("measureFits(%q, %q) = %v, want %v", tt.measure, tt.purpose, got, tt.want)
		}
	}
}

func TestSaysWeAct(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"We are drying the building.", true},
		{"We're checking every batch.", true},
		{"We have stopped sales.", true},
		{"Vi tørker bygget.", true},
		{"Vi har stanset salget.", true},
		{"We are sorry.", false},
		{"We are aware of it.", false},
		{"Vi beklager ulempene.", false},
		{"Vi er lei oss.", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := saysWeAct(tt.text); got != tt.want {
			t.Errorf("saysWeAct(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestPersonKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Kari (café manager)", "kari"},
		{" KARI ", "kari"},
		{"Anne-Lise", "annelise"},
		{"Ola, evenings", "ola"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := personKey(tt.in); got != tt.want {
			t.Errorf("personKey(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func ExamplePlan_Check() {
	p := Example(LangEnglish)
	p.Channels[0].Goal = "Be more visible"
	for _, f := range p.Check() {
		fmt.Printf("%s %s [%s]\n%s\n", f.Severity, f.Path, f.Rule, f.Suggestion.In(LangEnglish))
	}
	// Output:
	// gap channels[0].goal [goal-measurable]
	// Say how much and by when (specific, measurable, time-bound), e.g. "Reach 2,000 local followers by June 2027".
}

// TestAftermathPausesFirst holds the incident-aftermath advice to the
// order of DSB's veileder and the anchors: scheduled posts are paused at
// the start of an incident, so no suggestion in any language puts the
// pause afterwards.
func TestAftermathPausesFirst(t *testing.T) {
	afterPause := regexp.MustCompile(`(?i)(afterwards|etterpå)[^.;»"]*(pause|stans)`)
	for _, lang := range []string{LangEnglish, LangBokmal, LangNynorsk} {
		p := Example(lang)
		p.Responses.Incident.Afterwards, p.Responses.Incident.UpdateInterval = "", "every 2 hours"
		fs := checkIncidentAftermath(p)
		if len(fs) != 1 {
			t.Fatalf("%s: %d findings, want 1", lang, len(fs))
		}
		for _, l := range []string{LangEnglish, LangBokmal, LangNynorsk} {
			if s := fs[0].Suggestion.In(l); afterPause.MatchString(s) {
				t.Errorf("%s: the suggestion pauses scheduled posts afterwards: %s", l, s)
			}
		}
	}
}
