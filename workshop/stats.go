package workshop

import (
	"encoding/json"
	"net/http"
	"os"
	"runtime"
	"strconv"
	"strings"
)

// Stats is a snapshot of the server's load, for the load tool and for a
// facilitator curious how the laptop copes.
type Stats struct {
	Live        int     `json:"live"`        // wizards running
	Connections int64   `json:"connections"` // open SSH connections
	Goroutines  int     `json:"goroutines"`
	HeapInuse   uint64  `json:"heap_inuse"` // bytes
	Sys         uint64  `json:"sys"`        // bytes the Go runtime holds from the system
	RSS         uint64  `json:"rss"`        // resident bytes; 0 where unknown
	CPUSeconds  float64 `json:"cpu_seconds"`
}

// Stats returns the server's current load.
func (s *Server) Stats() Stats {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return Stats{
		Live:        s.Live(),
		Connections: s.conns.Load(),
		Goroutines:  runtime.NumGoroutine(),
		HeapInuse:   ms.HeapInuse,
		Sys:         ms.Sys,
		RSS:         rss(),
		CPUSeconds:  cpuSeconds(),
	}
}

// MetricsHandler serves Stats as JSON. Serve it on a loopback address only.
func (s *Server) MetricsHandler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(s.Stats())
	})
}

// residentFiles reads how much of the resident set is files mapped into
// memory (the program's code, mostly) on Linux, in bytes; 0 where unknown.
// The runtime's memory limit does not count them.
func residentFiles() uint64 {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	var total uint64
	for _, line := range strings.Split(string(data), "\n") {
		name, v, ok := strings.Cut(line, ":")
		if !ok || (name != "RssFile" && name != "RssShmem") {
			continue
		}
		f := strings.Fields(v) // "14868 kB"
		if len(f) == 2 && f[1] == "kB" {
			kb, _ := strconv.ParseUint(f[0], 10, 64)
			total += kb << 10
		}
	}
	return total
}

// rss reads the resident set size on Linux.
func rss() uint64 {
	data, err := os.ReadFile("/proc/self/statm")
	if err != nil {
		return 0
	}
	f := strings.Fields(string(data))
	if len(f) < 2 {
		return 0
	}
	pages, _ := strconv.ParseUint(f[1], 10, 64)
	return pages * uint64(os.Getpagesize())
}
