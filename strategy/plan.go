// Package strategy is the domain of socialstrategy: the answers a person
// gives about their organisation's social media presence, the rules those
// answers must follow, and reading and writing them as YAML.
//
// It depends on the standard library and a YAML decoder only, so a web front
// end or another tool can reuse it.
package strategy

// Version is the answers file format version this package reads and writes.
const Version = 1

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

// Plan is one organisation's social media strategy, as answered.
type Plan struct {
	Version          int          `yaml:"version"`
	Language         string       `yaml:"language"`
	Organisation     Organisation `yaml:"organisation"`
	Presence         string       `yaml:"presence"`
	NoPresenceReason string       `yaml:"no_presence_reason,omitempty"`
	Channels         []Channel    `yaml:"channels,omitempty"`
	Voice            Voice        `yaml:"voice,omitempty"`
	Responses        Responses    `yaml:"responses,omitempty"`
	Listening        Listening    `yaml:"listening,omitempty"`
	Review           Review       `yaml:"review,omitempty"`
	// SetAside keeps answers that the plan's choices leave out, so that no
	// answer typed is lost; see SetAside.
	SetAside SetAside `yaml:"set_aside,omitempty"`
}

// SetAside holds answers a person gave that the plan no longer uses: the
// channel plans, voice, responses and listening of a plan whose presence
// became none, the reason of one that became active again, and channels
// unticked with their plans. The wizard fills it instead of deleting and
// moves answers back when the choice is undone (presence switched back, a
// channel ticked again). The document, validate and check ignore it.
type SetAside struct {
	// NoPresenceReason is the reason for staying away, kept while the
	// plan's presence is active.
	NoPresenceReason string `yaml:"no_presence_reason,omitempty"`
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
}

// Organisation says who the plan is for and whom it wants to reach.
type Organisation struct {
	Name  string `yaml:"name"`
	About string `yaml:"about,omitempty"`
	// Audiences are the past, present and future customers to reach.
	Audiences []string `yaml:"audiences,omitempty"`
}

// Channel is one social media service and how the organisation uses it.
type Channel struct {
	// ID is a known channel id (see Channels) or any other name for a
	// custom channel.
	ID       string   `yaml:"id"`
	Purposes []string `yaml:"purposes,omitempty"`
	Goal     string   `yaml:"goal,omitempty"`
	Measures []string `yaml:"measures,omitempty"`
	Audience string   `yaml:"audience,omitempty"`
	Owner    string   `yaml:"owner,omitempty"`
	Cadence  string   `yaml:"cadence,omitempty"`
	Tone     string   `yaml:"tone,omitempty"`
}

// Voice is how the organisation comes across and who speaks for it.
type Voice struct {
	Tone              string   `yaml:"tone,omitempty"`
	Spokespeople      string   `yaml:"spokespeople,omitempty"`
	SpokespeopleNames []string `yaml:"spokespeople_names,omitempty"`
	Guidelines        []string `yaml:"guidelines,omitempty"`
}

// Responses is the playbook for praise, criticism and incidents.
type Responses struct {
	Praise    Response `yaml:"praise,omitempty"`
	Criticism Response `yaml:"criticism,omitempty"`
	Incident  Incident `yaml:"incident,omitempty"`
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
	Lead             string   `yaml:"lead,omitempty"`
	Channels         []string `yaml:"channels,omitempty"`
	HoldingStatement string   `yaml:"holding_statement,omitempty"`
	UpdateInterval   string   `yaml:"update_interval,omitempty"`
}

// Listening is what the organisation monitors, how often and by whom.
type Listening struct {
	Terms     []string `yaml:"terms,omitempty"`
	Frequency string   `yaml:"frequency,omitempty"`
	Owner     string   `yaml:"owner,omitempty"`
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

// Channel returns the channel with the given id, or nil.
func (p *Plan) Channel(id string) *Channel {
	id = NormaliseChannelID(id)
	for i := range p.Channels {
		if p.Channels[i].ID == id {
			return &p.Channels[i]
		}
	}
	return nil
}
