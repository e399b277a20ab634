// Package strategy is the domain of socialstrategy: the answers a person
// gives about their organisation's social media presence, the rules those
// answers must follow, and reading and writing them as YAML.
//
// It depends on the standard library and a YAML decoder only, so a web front
// end or another tool can reuse it.
package strategy

// Version is the answers file format version this package writes. It
// reads every version from MinVersion to Version.
const Version = 2

// MinVersion is the oldest answers file format version still read. A
// version 1 file is a version 2 file without the keys version 2 added.
const MinVersion = 1

// Presence values: whether the organisation will be on social media at all.
const (
	PresenceActive = "active"
	PresenceNone   = "none"
)

// Spokespeople values: who may speak for the organisation.
const (
	SpeakEveryone   = "everyone"
	SpeakDesignated = "designated"
	SpeakLeadership = "leadership"
)

// Plan is one organisation's social media strategy, as answered. The
// field order is the key order of the answers file.
type Plan struct {
	Version  int    `yaml:"version"`
	Language string `yaml:"language"`
	// Document is the document control block: version, date, authors.
	Document         Document     `yaml:"document,omitempty"`
	Organisation     Organisation `yaml:"organisation"`
	Presence         string       `yaml:"presence"`
	NoPresenceReason string       `yaml:"no_presence_reason,omitempty"`
	// Instead lists what a plan without presence uses instead of social
	// media (phone, newsletter, trade fairs).
	Instead []string `yaml:"instead,omitempty"`
	// RevisitTriggers are the events that make a plan without presence
	// look at the decision again before its date.
	RevisitTriggers  []string   `yaml:"revisit_triggers,omitempty"`
	Channels         []Channel  `yaml:"channels,omitempty"`
	DeclinedChannels []Declined `yaml:"declined_channels,omitempty"`
	Content          Content    `yaml:"content,omitempty"`
	Resources        Resources  `yaml:"resources,omitempty"`
	Voice            Voice      `yaml:"voice,omitempty"`
	Governance       Governance `yaml:"governance,omitempty"`
	Responses        Responses  `yaml:"responses,omitempty"`
	Listening        Listening  `yaml:"listening,omitempty"`
	Reporting        Reporting  `yaml:"reporting,omitempty"`
	Review           Review     `yaml:"review,omitempty"`
	// SetAside keeps answers that the plan's choices leave out, so that no
	// answer typed is lost; see SetAside.
	SetAside SetAside `yaml:"set_aside,omitempty"`
}

// SetAside holds answers a person gave that the plan no longer uses: the
// channel plans, voice, responses and listening of a plan whose presence
// became none, the reason (and what it uses instead, and what would make
// it look again) of one that became active again, and channels
// unticked with their plans. The wizard fills it instead of deleting and
// moves answers back when the choice is undone (presence switched back, a
// channel ticked again). The document, validate and check ignore it.
type SetAside struct {
	// NoPresenceReason is the reason for staying away, kept while the
	// plan's presence is active.
	NoPresenceReason string `yaml:"no_presence_reason,omitempty"`
	// Instead and RevisitTriggers are a plan's answers for staying away,
	// kept while its presence is active.
	Instead         []string `yaml:"instead,omitempty"`
	RevisitTriggers []string `yaml:"revisit_triggers,omitempty"`
	// Channels, Voice, Responses and Listening are the active plan's
	// answers, kept while its presence is none.
	Channels  []Channel `yaml:"channels,omitempty"`
	Voice     Voice     `yaml:"voice,omitempty"`
	Responses Responses `yaml:"responses,omitempty"`
	Listening Listening `yaml:"listening,omitempty"`
	// Unticked are channels taken out of the plan, with their answers.
	Unticked []Channel `yaml:"unticked,omitempty"`
	// IncidentChannels are ids of unticked channels that were in the
	// incident plan's channels; ticking one again puts it back there.
	IncidentChannels []string `yaml:"incident_channels,omitempty"`
	// Declined are channels chosen not to use that are also among the
	// plan's channels (declined on the content page, or ticked after),
	// kept here until one of the two answers changes: the plan may hold a
	// channel used or declined, not both.
	Declined []Declined `yaml:"declined_channels,omitempty"`
}

// Document is the document control block printed at the top: which
// version of the strategy this is, when and by whom it was written and
// approved, and until when it holds. Dates are free text as written.
type Document struct {
	Version    string   `yaml:"version,omitempty"`
	Date       string   `yaml:"date,omitempty"`
	Authors    []string `yaml:"authors,omitempty"`
	ApprovedBy string   `yaml:"approved_by,omitempty"`
	ValidUntil string   `yaml:"valid_until,omitempty"`
	// Formats are the files the wizard writes the document as, each one
	// of DocumentFormats (md, html, docx) at most once; empty writes the
	// format the output path's extension names. The -o path takes its
	// own format, the others its base name with .html or .docx.
	Formats []string `yaml:"formats,omitempty"`
}

// DocumentFormats are the values document.formats takes: Markdown, a web
// page that prints on A4, and a Word document.
var DocumentFormats = []string{"md", "html", "docx"}

// Organisation says who the plan is for and whom it wants to reach.
type Organisation struct {
	Name string `yaml:"name"`
	// Kind is one of the Kinds ids (business, public, nonprofit, club,
	// education); empty means business. It chooses the document's words.
	Kind  string `yaml:"kind,omitempty"`
	About string `yaml:"about,omitempty"`
	// Objectives are the organisation's own goals that this strategy
	// serves, such as "Grow catering to a third of sales by 2028".
	Objectives []string `yaml:"objectives,omitempty"`
	// Audiences are the groups to reach. In the file a plain string is
	// shorthand for an audience with only a name.
	Audiences []Audience `yaml:"audiences,omitempty"`
}

// Audience is one group the organisation wants to reach.
type Audience struct {
	Name string `yaml:"name"`
	// Why the group matters to the organisation.
	Why string `yaml:"why,omitempty"`
	// Where lists the channel ids where the group is found.
	Where []string `yaml:"where,omitempty"`
	// Wants is what the group wants from the organisation.
	Wants string `yaml:"wants,omitempty"`
}

// Channel is one social media account and how the organisation uses it.
// One service may appear more than once with different accounts (a main
// account and a unit's); id and account together are unique.
type Channel struct {
	// ID is a known channel id (see Channels) or any other name for a
	// custom channel.
	ID string `yaml:"id"`
	// Account is the handle or page name, such as "@solsidenbakeri".
	Account string `yaml:"account,omitempty"`
	// Why the organisation is on this channel: who is there and why it fits.
	Why      string   `yaml:"why,omitempty"`
	Purposes []string `yaml:"purposes,omitempty"`
	// Themes are the content themes (pillars) of this channel.
	Themes []string `yaml:"themes,omitempty"`
	Goal   string   `yaml:"goal,omitempty"`
	// Baseline is where the goal starts from, such as "850 followers in
	// January 2027".
	Baseline string   `yaml:"baseline,omitempty"`
	Measures []string `yaml:"measures,omitempty"`
	Audience string   `yaml:"audience,omitempty"`
	Owner    string   `yaml:"owner,omitempty"`
	// Deputy stands in for the owner.
	Deputy  string `yaml:"deputy,omitempty"`
	Cadence string `yaml:"cadence,omitempty"`
	// Checked is how often messages and comments are read.
	Checked string `yaml:"checked,omitempty"`
	Tone    string `yaml:"tone,omitempty"`
}

// Declined is a channel the organisation chose not to use, and why. In
// the file a plain string is shorthand for a declined channel id alone.
type Declined struct {
	ID     string `yaml:"id"`
	Reason string `yaml:"reason,omitempty"`
}

// Content is what the organisation posts about and how it plans it.
type Content struct {
	Themes []string `yaml:"themes,omitempty"`
	// OffLimits are the topics the organisation does not post about.
	OffLimits []string `yaml:"off_limits,omitempty"`
	// Planning is how content is planned: a calendar, a meeting.
	Planning string `yaml:"planning,omitempty"`
}

// Resources is the time, money and tools the strategy has.
type Resources struct {
	// HoursPerWeek is free text, such as "6, shared by Kari and Ola".
	HoursPerWeek string   `yaml:"hours_per_week,omitempty"`
	Budget       string   `yaml:"budget,omitempty"`
	Tools        []string `yaml:"tools,omitempty"`
}

// Voice is how the organisation comes across and who speaks for it.
type Voice struct {
	Tone              string   `yaml:"tone,omitempty"`
	Spokespeople      string   `yaml:"spokespeople,omitempty"`
	SpokespeopleNames []string `yaml:"spokespeople_names,omitempty"`
	Guidelines        []string `yaml:"guidelines,omitempty"`
	// PrivateUse are the rules for the organisation's people on their own
	// accounts.
	PrivateUse []string `yaml:"private_use,omitempty"`
}

// Governance is how posting is approved and the accounts are kept safe,
// accessible and lawful.
type Governance struct {
	Approval      string   `yaml:"approval,omitempty"`
	Security      []string `yaml:"security,omitempty"`
	Accessibility []string `yaml:"accessibility,omitempty"`
	Legal         []string `yaml:"legal,omitempty"`
	Training      string   `yaml:"training,omitempty"`
}

// Responses is the playbook for praise, criticism, moderation and incidents.
type Responses struct {
	// Hours are when the accounts are watched, such as "Weekdays 08-16".
	Hours     string   `yaml:"hours,omitempty"`
	Praise    Response `yaml:"praise,omitempty"`
	Criticism Response `yaml:"criticism,omitempty"`
	// Moderation is the house rules: what is hidden, what is kept.
	Moderation string   `yaml:"moderation,omitempty"`
	Incident   Incident `yaml:"incident,omitempty"`
}

// Response is how one kind of feedback is answered.
type Response struct {
	Approach     string `yaml:"approach,omitempty"`
	ResponseTime string `yaml:"response_time,omitempty"`
	Owner        string `yaml:"owner,omitempty"`
	Escalation   string `yaml:"escalation,omitempty"`
}

// Incident is the plan for when something unexpected happens.
type Incident struct {
	Lead   string `yaml:"lead,omitempty"`
	Deputy string `yaml:"deputy,omitempty"`
	// Contacts are who to call, with their numbers, in order.
	Contacts []string `yaml:"contacts,omitempty"`
	// Scenarios are the incidents the plan foresees.
	Scenarios []string `yaml:"scenarios,omitempty"`
	// FirstSteps are the first things to do, in order; pausing scheduled
	// posts belongs first.
	FirstSteps       []string `yaml:"first_steps,omitempty"`
	Channels         []string `yaml:"channels,omitempty"`
	HoldingStatement string   `yaml:"holding_statement,omitempty"`
	UpdateInterval   string   `yaml:"update_interval,omitempty"`
	// Afterwards is the review held after the incident.
	Afterwards string `yaml:"afterwards,omitempty"`
}

// Listening is what the organisation monitors, how often and by whom.
type Listening struct {
	Terms     []string `yaml:"terms,omitempty"`
	Frequency string   `yaml:"frequency,omitempty"`
	Owner     string   `yaml:"owner,omitempty"`
	Tools     []string `yaml:"tools,omitempty"`
}

// Reporting is how results are reported: how often, by whom, to whom.
type Reporting struct {
	Cadence string `yaml:"cadence,omitempty"`
	Owner   string `yaml:"owner,omitempty"`
	To      string `yaml:"to,omitempty"`
}

// Review is when the strategy is looked at again, and by whom. For a plan
// without presence it is when the decision is revisited.
type Review struct {
	Cadence string `yaml:"cadence,omitempty"`
	Owner   string `yaml:"owner,omitempty"`
}

// New returns an empty plan in the current format and the given language.
func New(lang string) *Plan {
	if lang == "" {
		lang = LangEnglish
	}
	return &Plan{Version: Version, Language: lang}
}

// SetDefaults fills in what a plan being started needs before any answer:
// the format version and, when none is chosen, English.
func (p *Plan) SetDefaults() {
	if p.Version == 0 {
		p.Version = Version
	}
	if p.Language == "" {
		p.Language = LangEnglish
	}
}

// Active reports whether the plan is for being on social media.
func (p *Plan) Active() bool { return p.Presence != PresenceNone }

// KindOf returns the plan's organisation kind, business when none is set.
func (p *Plan) KindOf() Kind { return KindByID(p.Organisation.Kind) }

// AudienceNames returns the names of the plan's audiences, in order.
func (p *Plan) AudienceNames() []string {
	names := make([]string, 0, len(p.Organisation.Audiences))
	for _, a := range p.Organisation.Audiences {
		names = append(names, a.Name)
	}
	return names
}

// Channel returns the first channel with the given id, or nil.
func (p *Plan) Channel(id string) *Channel {
	id = NormaliseChannelID(id)
	for i := range p.Channels {
		if p.Channels[i].ID == id {
			return &p.Channels[i]
		}
	}
	return nil
}
