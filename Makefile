# Frontline — set-up, demo, tests and benchmarks.
# `make demo` and `make test` install the system libraries they need (GEOS, PROJ, SQLite, and
# mimalloc for the release build) with apt-get when missing, through sudo when not root.

SWIFT        ?= swift
APT_PACKAGES := libgeos-dev libproj-dev libsqlite3-dev pkg-config
# (Optional: without it the release build uses the C library's allocator.)
APT_OPTIONAL := libmimalloc-dev
SUDO         := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
BIN          := .build/release/frontline
# Release builds link with full LTO: the geoparser's warm pass runs 5 % fewer instructions and takes
# 13 % fewer instruction-cache misses (callgrind), with output byte-identical (see README, Performance).
# They link the Swift runtime and Foundation statically: the binaries need no Swift toolchain where
# they run (only GEOS, PROJ, SQLite and mimalloc), and the runtime's calls are direct, not through the dynamic
# linker's stubs (the geoparser's warm pass is 2-3 % faster in alternating rounds).
RELEASE      := -c release --experimental-lto-mode=full --static-swift-stdlib
# Release builds of the Geoparser module are profile-guided (PGO, on by default; `make build PGO=0`
# builds without): a build with counters runs the geoparser over our own training texts (the
# tests' sentences, `Sources/FrontlineBench/TrainingTexts.swift`; never the benchmark's corpora),
# and the release build lays out its code by the counts. The geoparser's warm pass runs about 7 %
# fewer instructions and is 3-10 % faster in alternating rounds, with output byte-identical (see
# README, Performance). The profile is made again whenever a source changes; without the
# toolchain's `llvm-profdata` the build says so and goes on without it.
PGO          ?= 1
PGO_DIR      := .build/pgo
PGO_PROFILE  := $(PGO_DIR)/geoparser.profdata
# (The toolchain's own llvm-profdata, beside `swift`, or beside the compiler the toolchain reports
# when `swift` is a shim elsewhere: another LLVM's may not read its counts.)
PROFDATA     := $(shell p=$$(dirname "$$(readlink -f "$$(command -v $(SWIFT))")")/llvm-profdata; \
	[ -x "$$p" ] || p=$$($(SWIFT) -print-target-info 2>/dev/null | sed -n 's/.*"runtimeResourcePath": *"\(.*\)\/lib\/swift".*/\1/p')/bin/llvm-profdata; \
	[ -x "$$p" ] && echo "$$p")
SOURCES      := $(shell find Sources -name '*.swift') Package.swift
ifeq ($(PGO)$(if $(PROFDATA),yes,no),1yes)
PGO_ENV      := FRONTLINE_PGO="$(abspath $(PGO_PROFILE))"
PGO_DEP      := $(PGO_PROFILE)
PGO_NOTE     := true
else
PGO_ENV      :=
PGO_DEP      :=
PGO_NOTE     := echo "Release build without the geoparser's profile ($(if $(filter 1,$(PGO)),no llvm-profdata beside swift,PGO=$(PGO)))"
endif
# Release executables link Debian's mimalloc ahead of the C library, so it serves every allocation
# (`make build MALLOC=system` keeps the C library's): the geoparser's warm pass is about 3 % faster
# in alternating rounds (see README, Performance). Whether the library is there is asked as each
# build starts, after `deps` may have installed it; without it the build says so and goes on.
MALLOC       ?= mimalloc
HAS_MIMALLOC := PATH="$$PATH:/sbin:/usr/sbin" ldconfig -p 2>/dev/null | grep -q 'libmimalloc\.so '
ifeq ($(MALLOC),mimalloc)
MALLOC_ENV   := FRONTLINE_MALLOC=$$($(HAS_MIMALLOC) && echo mimalloc)
MALLOC_NOTE  := $(HAS_MIMALLOC) || echo "Release build with the C library's allocator (no libmimalloc; install libmimalloc-dev)"
else
MALLOC_ENV   :=
MALLOC_NOTE  := echo "Release build with the C library's allocator (MALLOC=$(MALLOC))"
endif
# The release build as every rule makes it (`build`, `bench`), and what it says of its options first.
RELEASE_BUILD := $(PGO_ENV) $(MALLOC_ENV) $(SWIFT) build $(RELEASE)
RELEASE_NOTES := $(PGO_NOTE); $(MALLOC_NOTE)
DEMO_OUT     := .build/demo
DEMO_STORE   := $(DEMO_OUT)/euphrates-2017.gpkg

.PHONY: deps demo test test-tsan bench build clean

deps:
	@if ! command -v pkg-config >/dev/null 2>&1 || ! pkg-config --exists geos proj sqlite3; then \
		echo "Installing $(APT_PACKAGES) with apt-get"; \
		$(SUDO) apt-get update -qq && \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(APT_PACKAGES); \
	fi
	@if [ "$(MALLOC)" = mimalloc ] && ! $(HAS_MIMALLOC); then \
		echo "Installing $(APT_OPTIONAL) with apt-get"; \
		{ $(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(APT_OPTIONAL); } \
			|| echo "$(APT_OPTIONAL) could not be installed: release builds use the C library's allocator"; \
	fi

build: deps $(PGO_DEP)
	@$(RELEASE_NOTES)
	$(RELEASE_BUILD) --product frontline

# The geoparser's profile: a build with counters (a scratch folder of its own), its training run,
# and the counts merged. (Written under a temporary name and renamed: an interrupted run leaves no
# profile that looks whole. After `deps`, which never makes it stale: with `make -j` the build
# must not start before the system libraries are installed.)
$(PGO_PROFILE): $(SOURCES) | deps
	@mkdir -p $(PGO_DIR)
	@echo "== Profile-guided build: the geoparser with counters, over the training texts =="
	FRONTLINE_PGO=generate $(MALLOC_ENV) $(SWIFT) build $(RELEASE) --product frontline-bench --scratch-path $(PGO_DIR)/build
	@rm -f $(PGO_DIR)/*.profraw
	LLVM_PROFILE_FILE=$(abspath $(PGO_DIR))/train-%p.profraw FRONTLINE_BENCH_ONLY=training $(PGO_DIR)/build/release/frontline-bench
	$(PROFDATA) merge -o $@.tmp $(PGO_DIR)/*.profraw
	@mv $@.tmp $@

demo: build
	@mkdir -p $(DEMO_OUT)
	@echo "== Geodesic area of Middle East countries (Natural Earth 1:10m) =="
	$(BIN) area GeoJSON/examples/middle-east-countries.geojson --format table
	@echo "== Syrian and Iraqi governorates, km² per country =="
	$(BIN) area GeoJSON/examples/syria-iraq-governorates.geojson --by adm0_a3 --format table
	@echo "== Validation of the bundled examples =="
	$(BIN) validate GeoJSON/examples/middle-east-countries.geojson
	@$(BIN) validate GeoJSON/examples/invalid-shapes.geojson --fix $(DEMO_OUT)/invalid-shapes.fixed.geojson; \
		echo "(exit $$? — 1 means problems were found; a repaired copy is in $(DEMO_OUT)/invalid-shapes.fixed.geojson)"
	$(BIN) validate $(DEMO_OUT)/invalid-shapes.fixed.geojson
	@echo "== 10 km buffer around al-Mayadeen, and its area =="
	@echo '{"type":"Feature","properties":{"name":"al-Mayadeen"},"geometry":{"type":"Point","coordinates":[40.45154,35.01982]}}' \
		| $(BIN) buffer - --meters 10000 -o $(DEMO_OUT)/mayadeen-10km.geojson
	$(BIN) area $(DEMO_OUT)/mayadeen-10km.geojson --format table
	@echo "== Gazetteer: names as news spells them (the first run builds the index, ~10 s) =="
	@for n in "al-Mayadeen" "Der Ezzor" "Deir ez-Zor province" "Albu Kamal" "Tall ‘Afar" "الميادين" "Euphrates Valley" "western Iraq"; do \
		printf '%-22s → ' "$$n"; $(BIN) resolve "$$n" --limit 1 --format table | sed -n 2p | cut -c1-150; done
	$(BIN) resolve "Deir ez-Zor province" --limit 2 --explain
	@echo "== Geoparse: places, qualifiers and relations in a news text =="
	@if [ -f ../shared/corpus/seed-article.txt ]; then $(BIN) geoparse ../shared/corpus/seed-article.txt --format table; \
	else echo "Syrian troops entered al-Mayadeen as fighters fled east of the Euphrates toward Albu Kamal, near the border areas of Iraq." | $(BIN) geoparse - --format table; fi
	@echo "== Territory timeline: claims of control in the 2017 Euphrates campaign (GeoJSON/examples/euphrates-2017-claims.geojson) =="
	@rm -f $(DEMO_STORE)
	$(BIN) claims import GeoJSON/examples/euphrates-2017-claims.geojson --store $(DEMO_STORE)
	$(BIN) claims list --store $(DEMO_STORE)
	@for d in 2017-09-20 2017-10-20 2017-11-25; do echo "-- snapshot at $$d"; $(BIN) snapshot --at $$d --format table --store $(DEMO_STORE); done
	@echo "-- \"the area under ISIS control in western Iraq is several times larger than in Syria\" (2017-10-20)"
	$(BIN) compare --actor ISIS --at 2017-10-20 --within "western Iraq" --within Syria --format table --store $(DEMO_STORE)
	$(BIN) disagree --at 2017-10-20 --claimant "Russian MoD" --claimant CJTF-OIR --format table --store $(DEMO_STORE)
	$(BIN) changes --from 2017-10-01 --to 2017-11-25 --format table --store $(DEMO_STORE)
	$(BIN) export timeline --store $(DEMO_STORE) -o GeoJSON/examples/euphrates-2017-timeline.geojson
	$(BIN) export timeline --store $(DEMO_STORE) --format kml -o $(DEMO_OUT)/euphrates-2017-timeline.kml
	@echo "Timeline: GeoJSON/examples/euphrates-2017-timeline.geojson (QGIS Temporal Controller: start/end fields), $(DEMO_OUT)/euphrates-2017-timeline.kml (Google Earth); store: $(DEMO_STORE) (a GeoPackage)"

# gdal-bin gives the tests ogrinfo, which proves GDAL reads the claims store and every export as they are.
test: deps
	@command -v ogrinfo >/dev/null 2>&1 || { echo "Installing gdal-bin (ogrinfo) for the tests"; $(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq gdal-bin; }
	$(SWIFT) test

# The tests that run work on several threads, under ThreadSanitizer (CI runs this after `make test`).
test-tsan: deps
	$(SWIFT) test --sanitize=thread --scratch-path .build-tsan --filter "MetricBufferTests|ShardedCacheTests|SpanMatchTableTests|threadSafeSharedUse|batchStreamsAndReportsBadLines|snapshotSplitsOverlapsIntoContested|changesCompareAndDisagree"

bench: deps $(PGO_DEP)
	@command -v ogr2ogr >/dev/null 2>&1 || { $(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq gdal-bin; } || true
	@python3 -c 'import flashgeotext' 2>/dev/null || python3 -m pip install -q flashgeotext 2>/dev/null || echo "flashgeotext not installable here: the geoparse ratio is skipped" 
	@$(RELEASE_NOTES)
	$(RELEASE_BUILD) --product frontline-bench
	$(RELEASE_BUILD) --product frontline
	.build/release/frontline-bench

clean:
	rm -rf .build
