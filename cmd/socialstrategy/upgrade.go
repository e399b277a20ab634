package main

import (
	"errors"
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/socialstrategy/socialstrategy/strategy"
)

func newUpgradeCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "upgrade FILE...",
		Short: "Rewrite older answers files in the current format",
		Long: fmt.Sprintf("upgrade rewrites each answers file of an older format version as version %d, in place\n"+
			"and atomically, and prints what changed. A file already at version %d is left as it is.\n"+
			"Every command still reads older files; the upgrade only brings the file's comments and\n"+
			"version up to date, and the document it renders stays the same. It exits 1 if any file\n"+
			"could not be read, is invalid or could not be written; the others are still upgraded.",
			strategy.Version, strategy.Version),
		Example: "  socialstrategy upgrade plan.yaml\n  socialstrategy upgrade class/*.yaml",
		Args:    minArgs(1, "at least one answers file"),
		RunE: func(cmd *cobra.Command, args []string) error {
			var errs []error
			out := cmd.OutOrStdout()
			for _, path := range args {
				if path == "-" {
					errs = append(errs, usageError{errors.New("upgrade rewrites files in place; give a file name, not -")})
					continue
				}
				changes, err := upgradeFile(path)
				switch {
				case err != nil:
					errs = append(errs, err)
				case changes == nil:
					fmt.Fprintln(out, say(msgUpgradeCurrent, path, strategy.Version))
				default:
					fmt.Fprintln(out, say(msgUpgraded, path, strategy.Version))
					for _, c := range changes {
						fmt.Fprintf(out, "  %s\n", localError(c))
					}
				}
			}
			return errors.Join(errs...)
		},
	}
}

// upgradeFile upgrades one answers file in place and returns what changed,
// nil when it was already current. The file is replaced atomically, so a
// failure leaves it as it was.
func upgradeFile(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	data, err := readLimited(f)
	f.Close()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	out, changes, err := strategy.Upgrade(path, data)
	if err != nil || changes == nil {
		return nil, err
	}
	if err := strategy.WriteFile(path, out); err != nil {
		return nil, err
	}
	return changes, nil
}
