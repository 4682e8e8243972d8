// A cache prefetch hint, which Swift does not expose: the geoparser asks for the lookup-table
// slots a text's capitalised words will probe before it examines them, and for the places a
// name may stand for as soon as it has the name's candidates, so the reads that follow find them
// in cache. A hint only: it never faults and changes no result.
#ifndef FRONTLINE_PREFETCH_H
#define FRONTLINE_PREFETCH_H

/// Hints that the cache line holding `address` will soon be read.
static inline void frontline_prefetch(const void *address) {
    __builtin_prefetch(address, 0, 3);
}

#endif
