// PROJ's transformation API and its bundled geodesic routines (geod_*).
#include <proj.h>
#include <geodesic.h>
