package strategy

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"

	"go.yaml.in/yaml/v3"
)

// Marshal encodes the plan as a commented YAML answers file. Parse of the
// result gives back the same plan.
func Marshal(p *Plan) ([]byte, error) {
	q, own := takeTexts(p)
	var n yaml.Node
	q.Version = Version // saving writes the current format, whatever was read
	if err := n.Encode(q); err != nil {
		return nil, fmt.Errorf("encode plan: %w", err)
	}
	present := keysIn(&n)
	for i := 0; i+1 < len(n.Content); i += 2 {
		k := n.Content[i]
		k.HeadComment = fileComment(k.Value, p, present)
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

// keysIn reports whether the encoded document n holds a key, written as
// the catalogue writes it (channels[].goal holds when any channel has one).
func keysIn(n *yaml.Node) func(string) bool {
	keys := map[string]bool{}
	var walk func(n *yaml.Node, prefix string)
	walk = func(n *yaml.Node, prefix string) {
		switch n.Kind {
		case yaml.DocumentNode:
			for _, c := range n.Content {
				walk(c, prefix)
			}
		case yaml.SequenceNode:
			for _, c := range n.Content {
				walk(c, prefix+"[]")
			}
		case yaml.MappingNode:
			for i := 0; i+1 < len(n.Content); i += 2 {
				key := n.Content[i].Value
				if prefix != "" {
					key = prefix + "." + key
				}
				keys[key] = true
				walk(n.Content[i+1], key)
			}
		}
	}
	walk(n, "")
	return func(key string) bool { return keys[key] }
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
