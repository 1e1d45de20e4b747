// Extended attributes (libc; Swift's Glibc module leaves sys/xattr.h out): OutputWriter keeps a
// copy's source stamp in one (SourceStamp.swift).
#include <sys/xattr.h>
