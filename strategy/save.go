package strategy

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"

	"go.yaml.in/yaml/v3"
)

// sectionComments explain each top-level key to people who edit the file
// by hand. They are written above the key.
var sectionComments = map[string]string{
	"version": "socialstrategy answers file. Edit by hand or with `socialstrategy edit FILE`;\ncheck with `socialstrategy validate FILE`, print with `socialstrategy render FILE`.\n" +
		"Format version: 2 (version 1 files still load; `socialstrategy upgrade FILE` rewrites them).",
	"language":           "Language of the document: en (English), nb (norsk bokmål) or nn (norsk nynorsk).",
	"document":           "Document control: version, date, authors, approved_by, valid_until.",
	"organisation":       "Who the plan is for. kind: business, public, nonprofit, club or education.\nobjectives: the organisation's goals this strategy serves. audiences: who to reach, why, where, what they want.",
	"presence":           "active: we will be on social media. none: we decide not to be (give the reason below).",
	"no_presence_reason": "Why we will not be on social media (only with presence: none).",
	"instead":            "What we use instead of social media (only with presence: none).",
	"revisit_triggers":   "What would make us look at the decision again (only with presence: none).",
	"channels": "One entry per account. id: facebook, instagram, linkedin, x, youtube, tiktok, blog,\n" +
		"pinterest, snapchat, threads, bluesky, mastodon, or any other name for a channel of your own.\n" +
		"account: the handle, so one service can hold several accounts.\n" +
		"purposes: inspire, share, promote, advocate, listen, support, incident, recruit, internal.",
	"declined_channels": "Channels we chose not to use, and why.",
	"content":           "What we post about (themes), what we never post about (off_limits), how we plan it.",
	"resources":         "Time, money and tools: hours_per_week, budget, tools.",
	"voice":             "How we come across, and who may speak for us: everyone, designated or leadership.\nprivate_use: the rules for our people on their own accounts.",
	"governance":        "Approval, account security, accessibility, legal duties and training.",
	"responses":         "When we answer, how we answer praise and criticism, our house rules (moderation),\nand what we do when something unexpected happens (first steps in order: pause scheduled posts first).",
	"listening":         "What we listen for (our name, products, competitors), how often, who does it, with which tools.",
	"reporting":         "How often results are reported, by whom and to whom.",
	"review":            "When we look at this strategy again, and who is responsible.",
	"set_aside": "Answers set aside, not deleted: kept for when you change your mind (presence, an unticked channel).\n" +
		"The wizard brings them back; the document ignores them.",
}

// Marshal encodes the plan as a commented YAML answers file. Parse of the
// result gives back the same plan.
func Marshal(p *Plan) ([]byte, error) {
	q, own := takeTexts(p)
	var n yaml.Node
	q.Version = Version // saving writes the current format, whatever was read
	if err := n.Encode(q); err != nil {
		return nil, fmt.Errorf("encode plan: %w", err)
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k := n.Content[i]
		k.HeadComment = sectionComments[k.Value]
		if i > 0 {
			k.HeadComment = "\n" + k.HeadComment
		}
	}
	flowIDs(&n, own)
	shorten(&n, own)
	var b bytes.Buffer
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(&n); err != nil {
		return nil, fmt.Errorf("encode plan: %w", err)
	}
	if err := enc.Close(); err != nil {
		return nil, fmt.Errorf("encode plan: %w", err)
	}
	return own.fill(b.Bytes())
}

// flowIDs writes lists of ids on one line ([inspire, promote]), as people
// write them by hand. A list holding a text Marshal writes itself stays
// one item a line: a block of lines cannot stand inside brackets.
func flowIDs(n *yaml.Node, own *texts) {
	for i, c := range n.Content {
		if n.Kind == yaml.MappingNode && i%2 == 1 && c.Kind == yaml.SequenceNode {
			if k := n.Content[i-1].Value; (k == "purposes" || k == "channels") && allScalars(c, own) {
				c.Style = yaml.FlowStyle
			}
		}
		flowIDs(c, own)
	}
}

func allScalars(n *yaml.Node, own *texts) bool {
	for _, c := range n.Content {
		if c.Kind != yaml.ScalarNode || own.taken(c) {
			return false
		}
	}
	return true
}

// Save writes the plan to path atomically: a crash at any moment leaves
// either the old file or the new one, never a mix.
func Save(path string, p *Plan) error {
	data, err := Marshal(p)
	if err != nil {
		return err
	}
	return WriteFile(path, data)
}

// WriteFile writes data to path atomically: to a temporary file in the
// same folder, synced, then renamed over path. On any error path is left
// as it was. An existing file keeps its permissions; a symbolic link is
// written through, not replaced.
func WriteFile(path string, data []byte) (err error) {
	name := path
	if real, err := filepath.EvalSymlinks(path); err == nil {
		path = real // write through a link, as editors do, rather than replace it
	}
	perm := os.FileMode(0o644)
	if fi, err := os.Stat(path); err == nil {
		if !fi.Mode().IsRegular() {
			return fmt.Errorf("write %s: not a regular file", name)
		}
		perm = fi.Mode().Perm()
	}
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "." // CreateTemp would use the system temp folder, maybe on another file system
	}
	f, err := os.CreateTemp(dir, "."+base+".*.tmp")
	if err != nil {
		return fmt.Errorf("write %s: %w", name, err)
	}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(f.Name())
		}
	}()
	if _, err = f.Write(data); err != nil {
		return fmt.Errorf("write %s: %w", name, err)
	}
	if err = f.Chmod(perm); err != nil {
		return fmt.Errorf("write %s: %w", name, err)
	}
	if err = f.Sync(); err != nil {
		return fmt.Errorf("write %s: %w", name, err)
	}
	if err = f.Close(); err != nil {
		return fmt.Errorf("write %s: %w", name, err)
	}
	if err = os.Rename(f.Name(), path); err != nil {
		return fmt.Errorf("write %s: %w", name, err)
	}
	return nil
}
