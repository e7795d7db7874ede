import { createRequire as __scanGateCreateRequire } from 'node:module'; const require = __scanGateCreateRequire(import.meta.url);
import {
  isCalendarDate,
  require_formats,
  require_ucs2length
} from "./chunk-MV43272H.js";
import {
  SCANNERS,
  buildBaseline,
  failedSarifRuns,
  fingerprintFor,
  fixedJudge,
  glob,
  globSync,
  identityOf,
  legacyFingerprintOf,
  maskFindingText,
  maskSecrets,
  normalisePackageName,
  ownEntry,
  parseSarifLog,
  parseSarifText,
  sha256
} from "./chunk-GWLZ6PLT.js";
import {
  SEVERITIES,
  SEVERITY_RANK,
  SOURCE_IDS,
  bySeverityDesc,
  describeJsonError,
  emptyCounts,
  isScannerId,
  isSourceId
} from "./chunk-KHHS2HFC.js";
import {
  ConfigError,
  require_picomatch
} from "./chunk-ZLFXKX3Y.js";
import {
  gateOutputs
} from "./chunk-M7Z22BEH.js";
import {
  __commonJS,
  __toESM
} from "./chunk-WAFJPT7N.js";

// node_modules/spdx-license-ids/index.json
var require_spdx_license_ids = __commonJS({
  "node_modules/spdx-license-ids/index.json"(exports, module) {
    module.exports = [
      "0BSD",
      "3D-Slicer-1.0",
      "AAL",
      "ADSL",
      "AFL-1.1",
      "AFL-1.2",
      "AFL-2.0",
      "AFL-2.1",
      "AFL-3.0",
      "AGPL-1.0-only",
      "AGPL-1.0-or-later",
      "AGPL-3.0-only",
      "AGPL-3.0-or-later",
      "ALGLIB-Documentation",
      "AMD-newlib",
      "AMDPLPA",
      "AML",
      "AML-glslang",
      "AMPAS",
      "ANTLR-PD",
      "ANTLR-PD-fallback",
      "APAFML",
      "APL-1.0",
      "APSL-1.0",
      "APSL-1.1",
      "APSL-1.2",
      "APSL-2.0",
      "ASWF-Digital-Assets-1.0",
      "ASWF-Digital-Assets-1.1",
      "Abstyles",
      "AdaCore-doc",
      "Adobe-2006",
      "Adobe-Display-PostScript",
      "Adobe-Glyph",
      "Adobe-Utopia",
      "Advanced-Cryptics-Dictionary",
      "Afmparse",
      "Aladdin",
      "Apache-1.0",
      "Apache-1.1",
      "Apache-2.0",
      "App-s2p",
      "Arphic-1999",
      "Artistic-1.0",
      "Artistic-1.0-Perl",
      "Artistic-1.0-cl8",
      "Artistic-2.0",
      "Artistic-dist",
      "Aspell-RU",
      "BOLA-1.1",
      "BSD-1-Clause",
      "BSD-2-Clause",
      "BSD-2-Clause-Darwin",
      "BSD-2-Clause-Patent",
      "BSD-2-Clause-Views",
      "BSD-2-Clause-first-lines",
      "BSD-2-Clause-pkgconf-disclaimer",
      "BSD-2-Clause-pos-unchanged",
      "BSD-3-Clause",
      "BSD-3-Clause-Attribution",
      "BSD-3-Clause-Clear",
      "BSD-3-Clause-HP",
      "BSD-3-Clause-LBNL",
      "BSD-3-Clause-Modification",
      "BSD-3-Clause-No-Military-License",
      "BSD-3-Clause-No-Nuclear-License",
      "BSD-3-Clause-No-Nuclear-License-2014",
      "BSD-3-Clause-No-Nuclear-Warranty",
      "BSD-3-Clause-Open-MPI",
      "BSD-3-Clause-OpenWebUI",
      "BSD-3-Clause-Sun",
      "BSD-3-Clause-Tso",
      "BSD-3-Clause-acpica",
      "BSD-3-Clause-flex",
      "BSD-4-Clause",
      "BSD-4-Clause-Shortened",
      "BSD-4-Clause-UC",
      "BSD-4.3RENO",
      "BSD-4.3TAHOE",
      "BSD-Advertising-Acknowledgement",
      "BSD-Attribution-HPND-disclaimer",
      "BSD-Inferno-Nettverk",
      "BSD-Mark-Modifications",
      "BSD-Protection",
      "BSD-Source-Code",
      "BSD-Source-Code-no-disclaimer",
      "BSD-Source-alt-GPL",
      "BSD-Source-beginning-file",
      "BSD-Systemics",
      "BSD-Systemics-W3Works",
      "BSD-ask-to-endorse",
      "BSL-1.0",
      "BUSL-1.1",
      "Baekmuk",
      "Bahyph",
      "Barr",
      "Beerware",
      "BitTorrent-1.0",
      "BitTorrent-1.1",
      "Bitstream-Charter",
      "Bitstream-Vera",
      "BlueOak-1.0.0",
      "Boehm-GC",
      "Boehm-GC-without-fee",
      "Borceux",
      "Brian-Gladman-2-Clause",
      "Brian-Gladman-3-Clause",
      "Brian-Gladman-3-Clause-no-conversion",
      "Buddy",
      "Bugroff",
      "C-UDA-1.0",
      "CAL-1.0",
      "CAL-1.0-Combined-Work-Exception",
      "CAPEC-tou",
      "CATOSL-1.1",
      "CC-BY-1.0",
      "CC-BY-2.0",
      "CC-BY-2.5",
      "CC-BY-2.5-AU",
      "CC-BY-3.0",
      "CC-BY-3.0-AT",
      "CC-BY-3.0-AU",
      "CC-BY-3.0-DE",
      "CC-BY-3.0-IGO",
      "CC-BY-3.0-NL",
      "CC-BY-3.0-US",
      "CC-BY-4.0",
      "CC-BY-NC-1.0",
      "CC-BY-NC-2.0",
      "CC-BY-NC-2.5",
      "CC-BY-NC-3.0",
      "CC-BY-NC-3.0-DE",
      "CC-BY-NC-3.0-IGO",
      "CC-BY-NC-4.0",
      "CC-BY-NC-ND-1.0",
      "CC-BY-NC-ND-2.0",
      "CC-BY-NC-ND-2.5",
      "CC-BY-NC-ND-3.0",
      "CC-BY-NC-ND-3.0-DE",
      "CC-BY-NC-ND-3.0-IGO",
      "CC-BY-NC-ND-4.0",
      "CC-BY-NC-SA-1.0",
      "CC-BY-NC-SA-2.0",
      "CC-BY-NC-SA-2.0-DE",
      "CC-BY-NC-SA-2.0-FR",
      "CC-BY-NC-SA-2.0-UK",
      "CC-BY-NC-SA-2.5",
      "CC-BY-NC-SA-3.0",
      "CC-BY-NC-SA-3.0-DE",
      "CC-BY-NC-SA-3.0-IGO",
      "CC-BY-NC-SA-4.0",
      "CC-BY-ND-1.0",
      "CC-BY-ND-2.0",
      "CC-BY-ND-2.5",
      "CC-BY-ND-3.0",
      "CC-BY-ND-3.0-DE",
      "CC-BY-ND-4.0",
      "CC-BY-SA-1.0",
      "CC-BY-SA-2.0",
      "CC-BY-SA-2.0-UK",
      "CC-BY-SA-2.1-JP",
      "CC-BY-SA-2.5",
      "CC-BY-SA-3.0",
      "CC-BY-SA-3.0-AT",
      "CC-BY-SA-3.0-DE",
      "CC-BY-SA-3.0-IGO",
      "CC-BY-SA-4.0",
      "CC-PDDC",
      "CC-PDM-1.0",
      "CC-SA-1.0",
      "CC0-1.0",
      "CDDL-1.0",
      "CDDL-1.1",
      "CDL-1.0",
      "CDLA-Permissive-1.0",
      "CDLA-Permissive-2.0",
      "CDLA-Sharing-1.0",
      "CECILL-1.0",
      "CECILL-1.1",
      "CECILL-2.0",
      "CECILL-2.1",
      "CECILL-B",
      "CECILL-C",
      "CERN-OHL-1.1",
      "CERN-OHL-1.2",
      "CERN-OHL-P-2.0",
      "CERN-OHL-S-2.0",
      "CERN-OHL-W-2.0",
      "CFITSIO",
      "CMU-Mach",
      "CMU-Mach-nodoc",
      "CNRI-Jython",
      "CNRI-Python",
      "CNRI-Python-GPL-Compatible",
      "COIL-1.0",
      "CPAL-1.0",
      "CPL-1.0",
      "CPOL-1.02",
      "CUA-OPL-1.0",
      "Caldera",
      "Caldera-no-preamble",
      "Catharon",
      "ClArtistic",
      "Clips",
      "Community-Spec-1.0",
      "Condor-1.1",
      "Cornell-Lossless-JPEG",
      "Cronyx",
      "Crossword",
      "CryptoSwift",
      "CrystalStacker",
      "Cube",
      "D-FSL-1.0",
      "DEC-3-Clause",
      "DL-DE-BY-2.0",
      "DL-DE-ZERO-2.0",
      "DOC",
      "DRL-1.0",
      "DRL-1.1",
      "DSDP",
      "DocBook-DTD",
      "DocBook-Schema",
      "DocBook-Stylesheet",
      "DocBook-XML",
      "Dotseqn",
      "ECL-1.0",
      "ECL-2.0",
      "EFL-1.0",
      "EFL-2.0",
      "EPICS",
      "EPL-1.0",
      "EPL-2.0",
      "ESA-PL-permissive-2.4",
      "ESA-PL-strong-copyleft-2.4",
      "ESA-PL-weak-copyleft-2.4",
      "EUDatagrid",
      "EUPL-1.0",
      "EUPL-1.1",
      "EUPL-1.2",
      "Elastic-2.0",
      "Entessa",
      "ErlPL-1.1",
      "Eurosym",
      "FBM",
      "FDK-AAC",
      "FDK-MPEG-H",
      "FSFAP",
      "FSFAP-no-warranty-disclaimer",
      "FSFUL",
      "FSFULLR",
      "FSFULLRSD",
      "FSFULLRWD",
      "FSL-1.1-ALv2",
      "FSL-1.1-MIT",
      "FTL",
      "Fair",
      "Ferguson-Twofish",
      "Frameworx-1.0",
      "FreeBSD-DOC",
      "FreeImage",
      "Furuseth",
      "GCR-docs",
      "GD",
      "GFDL-1.1-invariants-only",
      "GFDL-1.1-invariants-or-later",
      "GFDL-1.1-no-invariants-only",
      "GFDL-1.1-no-invariants-or-later",
      "GFDL-1.1-only",
      "GFDL-1.1-or-later",
      "GFDL-1.2-invariants-only",
      "GFDL-1.2-invariants-or-later",
      "GFDL-1.2-no-invariants-only",
      "GFDL-1.2-no-invariants-or-later",
      "GFDL-1.2-only",
      "GFDL-1.2-or-later",
      "GFDL-1.3-invariants-only",
      "GFDL-1.3-invariants-or-later",
      "GFDL-1.3-no-invariants-only",
      "GFDL-1.3-no-invariants-or-later",
      "GFDL-1.3-only",
      "GFDL-1.3-or-later",
      "GL2PS",
      "GLWTPL",
      "GPL-1.0-only",
      "GPL-1.0-or-later",
      "GPL-2.0-only",
      "GPL-2.0-or-later",
      "GPL-3.0-only",
      "GPL-3.0-or-later",
      "Game-Programming-Gems",
      "Giftware",
      "Glide",
      "Glulxe",
      "Graphics-Gems",
      "Gutmann",
      "HDF5",
      "HIDAPI",
      "HP-1986",
      "HP-1989",
      "HPND",
      "HPND-DEC",
      "HPND-Fenneberg-Livingston",
      "HPND-INRIA-IMAG",
      "HPND-Intel",
      "HPND-Kevlin-Henney",
      "HPND-MIT-disclaimer",
      "HPND-Markus-Kuhn",
      "HPND-Netrek",
      "HPND-Pbmplus",
      "HPND-SMC",
      "HPND-UC",
      "HPND-UC-export-US",
      "HPND-doc",
      "HPND-doc-sell",
      "HPND-export-US",
      "HPND-export-US-acknowledgement",
      "HPND-export-US-modify",
      "HPND-export2-US",
      "HPND-merchantability-variant",
      "HPND-sell-MIT-disclaimer-xserver",
      "HPND-sell-regexpr",
      "HPND-sell-variant",
      "HPND-sell-variant-MIT-disclaimer",
      "HPND-sell-variant-MIT-disclaimer-rev",
      "HPND-sell-variant-critical-systems",
      "HTMLTIDY",
      "HaskellReport",
      "Hippocratic-2.1",
      "Hippocratic-3.0-core",
      "IBM-pibs",
      "ICU",
      "IEC-Code-Components-EULA",
      "IJG",
      "IJG-short",
      "IPA",
      "IPL-1.0",
      "ISC",
      "ISC-Veillard",
      "ISO-permission",
      "ImageMagick",
      "Imlib2",
      "Info-ZIP",
      "Informatica",
      "Inner-Net-2.0",
      "InnoSetup",
      "Intel",
      "Intel-ACPI",
      "Interbase-1.0",
      "JPL-image",
      "JPNIC",
      "JSON",
      "Jam",
      "JasPer-2.0",
      "Kastrup",
      "Kazlib",
      "Knuth-CTAN",
      "LAL-1.2",
      "LAL-1.3",
      "LGPL-2.0-only",
      "LGPL-2.0-or-later",
      "LGPL-2.1-only",
      "LGPL-2.1-or-later",
      "LGPL-3.0-only",
      "LGPL-3.0-or-later",
      "LGPLLR",
      "LOOP",
      "LPD-document",
      "LPL-1.0",
      "LPL-1.02",
      "LPPL-1.0",
      "LPPL-1.1",
      "LPPL-1.2",
      "LPPL-1.3a",
      "LPPL-1.3c",
      "LZMA-SDK-9.11-to-9.20",
      "LZMA-SDK-9.22",
      "Latex2e",
      "Latex2e-translated-notice",
      "Leptonica",
      "LiLiQ-P-1.1",
      "LiLiQ-R-1.1",
      "LiLiQ-Rplus-1.1",
      "Libpng",
      "Linux-OpenIB",
      "Linux-man-pages-1-para",
      "Linux-man-pages-copyleft",
      "Linux-man-pages-copyleft-2-para",
      "Linux-man-pages-copyleft-var",
      "Lucida-Bitmap-Fonts",
      "MIPS",
      "MIT",
      "MIT-0",
      "MIT-CMU",
      "MIT-Click",
      "MIT-Festival",
      "MIT-Khronos-old",
      "MIT-Modern-Variant",
      "MIT-STK",
      "MIT-Wu",
      "MIT-advertising",
      "MIT-enna",
      "MIT-feh",
      "MIT-open-group",
      "MIT-testregex",
      "MITNFA",
      "MMIXware",
      "MMPL-1.0.1",
      "MPEG-SSG",
      "MPL-1.0",
      "MPL-1.1",
      "MPL-2.0",
      "MPL-2.0-no-copyleft-exception",
      "MS-LPL",
      "MS-PL",
      "MS-RL",
      "MTLL",
      "MVT-1.1",
      "Mackerras-3-Clause",
      "Mackerras-3-Clause-acknowledgment",
      "MakeIndex",
      "Martin-Birgmeier",
      "McPhee-slideshow",
      "Minpack",
      "MirOS",
      "Motosoto",
      "MulanPSL-1.0",
      "MulanPSL-2.0",
      "Multics",
      "Mup",
      "NAIST-2003",
      "NASA-1.3",
      "NBPL-1.0",
      "NCBI-PD",
      "NCGL-UK-2.0",
      "NCL",
      "NCSA",
      "NGPL",
      "NICTA-1.0",
      "NIST-PD",
      "NIST-PD-TNT",
      "NIST-PD-fallback",
      "NIST-Software",
      "NLOD-1.0",
      "NLOD-2.0",
      "NLPL",
      "NOSL",
      "NPL-1.0",
      "NPL-1.1",
      "NPOSL-3.0",
      "NRL",
      "NTIA-PD",
      "NTP",
      "NTP-0",
      "Naumen",
      "NetCDF",
      "Newsletr",
      "Nokia",
      "Noweb",
      "O-UDA-1.0",
      "OAR",
      "OCCT-PL",
      "OCLC-2.0",
      "ODC-By-1.0",
      "ODbL-1.0",
      "OFFIS",
      "OFL-1.0",
      "OFL-1.0-RFN",
      "OFL-1.0-no-RFN",
      "OFL-1.1",
      "OFL-1.1-RFN",
      "OFL-1.1-no-RFN",
      "OGC-1.0",
      "OGDL-Taiwan-1.0",
      "OGL-Canada-2.0",
      "OGL-UK-1.0",
      "OGL-UK-2.0",
      "OGL-UK-3.0",
      "OGTSL",
      "OLDAP-1.1",
      "OLDAP-1.2",
      "OLDAP-1.3",
      "OLDAP-1.4",
      "OLDAP-2.0",
      "OLDAP-2.0.1",
      "OLDAP-2.1",
      "OLDAP-2.2",
      "OLDAP-2.2.1",
      "OLDAP-2.2.2",
      "OLDAP-2.3",
      "OLDAP-2.4",
      "OLDAP-2.5",
      "OLDAP-2.6",
      "OLDAP-2.7",
      "OLDAP-2.8",
      "OLFL-1.3",
      "OML",
      "OPL-1.0",
      "OPL-UK-3.0",
      "OPUBL-1.0",
      "OSC-1.0",
      "OSET-PL-2.1",
      "OSL-1.0",
      "OSL-1.1",
      "OSL-2.0",
      "OSL-2.1",
      "OSL-3.0",
      "OSSP",
      "OpenMDW-1.0",
      "OpenPBS-2.3",
      "OpenSSL",
      "OpenSSL-standalone",
      "OpenVision",
      "PADL",
      "PDDL-1.0",
      "PHP-3.0",
      "PHP-3.01",
      "PPL",
      "PSF-2.0",
      "ParaType-Free-Font-1.3",
      "Parity-6.0.0",
      "Parity-7.0.0",
      "Pixar",
      "Plexus",
      "PolyForm-Noncommercial-1.0.0",
      "PolyForm-Small-Business-1.0.0",
      "PostgreSQL",
      "Python-2.0",
      "Python-2.0.1",
      "QPL-1.0",
      "QPL-1.0-INRIA-2004",
      "Qhull",
      "RHeCos-1.1",
      "RPL-1.1",
      "RPL-1.5",
      "RPSL-1.0",
      "RSA-MD",
      "RSCPL",
      "Rdisc",
      "Ruby",
      "Ruby-pty",
      "SAX-PD",
      "SAX-PD-2.0",
      "SCEA",
      "SGI-B-1.0",
      "SGI-B-1.1",
      "SGI-B-2.0",
      "SGI-OpenGL",
      "SGMLUG-PM",
      "SGP4",
      "SHL-0.5",
      "SHL-0.51",
      "SISSL",
      "SISSL-1.2",
      "SL",
      "SMAIL-GPL",
      "SMLNJ",
      "SMPPL",
      "SNIA",
      "SOFA",
      "SPL-1.0",
      "SSH-OpenSSH",
      "SSH-short",
      "SSLeay-standalone",
      "SSPL-1.0",
      "SUL-1.0",
      "SWL",
      "Saxpath",
      "SchemeReport",
      "Sendmail",
      "Sendmail-8.23",
      "Sendmail-Open-Source-1.1",
      "SimPL-2.0",
      "Sleepycat",
      "Soundex",
      "Spencer-86",
      "Spencer-94",
      "Spencer-99",
      "SugarCRM-1.1.3",
      "Sun-PPP",
      "Sun-PPP-2000",
      "SunPro",
      "Symlinks",
      "TAPR-OHL-1.0",
      "TCL",
      "TCP-wrappers",
      "TGPPL-1.0",
      "TMate",
      "TORQUE-1.1",
      "TOSL",
      "TPDL",
      "TPL-1.0",
      "TTWL",
      "TTYP0",
      "TU-Berlin-1.0",
      "TU-Berlin-2.0",
      "TekHVC",
      "TermReadKey",
      "ThirdEye",
      "TrustedQSL",
      "UCAR",
      "UCL-1.0",
      "UMich-Merit",
      "UPL-1.0",
      "URT-RLE",
      "Ubuntu-font-1.0",
      "UnRAR",
      "Unicode-3.0",
      "Unicode-DFS-2015",
      "Unicode-DFS-2016",
      "Unicode-TOU",
      "UnixCrypt",
      "Unlicense",
      "Unlicense-libtelnet",
      "Unlicense-libwhirlpool",
      "VOSTROM",
      "VSL-1.0",
      "Vim",
      "Vixie-Cron",
      "W3C",
      "W3C-19980720",
      "W3C-20150513",
      "WTFNMFPL",
      "WTFPL",
      "Watcom-1.0",
      "Widget-Workshop",
      "WordNet",
      "Wsuipa",
      "X11",
      "X11-distribute-modifications-variant",
      "X11-no-permit-persons",
      "X11-swapped",
      "XFree86-1.1",
      "XSkat",
      "Xdebug-1.03",
      "Xerox",
      "Xfig",
      "Xnet",
      "YPL-1.0",
      "YPL-1.1",
      "ZPL-1.1",
      "ZPL-2.0",
      "ZPL-2.1",
      "Zed",
      "Zeeff",
      "Zend-2.0",
      "Zimbra-1.3",
      "Zimbra-1.4",
      "Zlib",
      "any-OSI",
      "any-OSI-perl-modules",
      "atc-game",
      "bcrypt-Solar-Designer",
      "blessing",
      "bzip2-1.0.6",
      "check-cvs",
      "checkmk",
      "copyleft-next-0.3.0",
      "copyleft-next-0.3.1",
      "curl",
      "cve-tou",
      "diffmark",
      "dtoa",
      "dvipdfm",
      "eGenix",
      "etalab-2.0",
      "fwlw",
      "gSOAP-1.3b",
      "generic-xts",
      "gnuplot",
      "gtkbook",
      "hdparm",
      "hyphen-bulgarian",
      "iMatix",
      "jove",
      "libpng-1.6.35",
      "libpng-2.0",
      "libselinux-1.0",
      "libtiff",
      "libutil-David-Nugent",
      "lsof",
      "magaz",
      "mailprio",
      "man2html",
      "metamail",
      "mpi-permissive",
      "mpich2",
      "mplus",
      "ngrep",
      "pkgconf",
      "pnmstitch",
      "psfrag",
      "psutils",
      "python-ldap",
      "radvd",
      "snprintf",
      "softSurfer",
      "ssh-keyscan",
      "swrule",
      "threeparttable",
      "ulem",
      "w3m",
      "wwl",
      "xinetd",
      "xkeyboard-config-Zinoviev",
      "xlock",
      "xpp",
      "xzoom",
      "zlib-acknowledgement"
    ];
  }
});

// node_modules/spdx-license-ids/deprecated.json
var require_deprecated = __commonJS({
  "node_modules/spdx-license-ids/deprecated.json"(exports, module) {
    module.exports = [
      "AGPL-1.0",
      "AGPL-3.0",
      "BSD-2-Clause-FreeBSD",
      "BSD-2-Clause-NetBSD",
      "GFDL-1.1",
      "GFDL-1.2",
      "GFDL-1.3",
      "GPL-1.0",
      "GPL-2.0",
      "GPL-2.0-with-GCC-exception",
      "GPL-2.0-with-autoconf-exception",
      "GPL-2.0-with-bison-exception",
      "GPL-2.0-with-classpath-exception",
      "GPL-2.0-with-font-exception",
      "GPL-3.0",
      "GPL-3.0-with-GCC-exception",
      "GPL-3.0-with-autoconf-exception",
      "LGPL-2.0",
      "LGPL-2.1",
      "LGPL-3.0",
      "Net-SNMP",
      "Nunit",
      "StandardML-NJ",
      "bzip2-1.0.5",
      "eCos-2.0",
      "wxWindows"
    ];
  }
});

// node_modules/spdx-exceptions/index.json
var require_spdx_exceptions = __commonJS({
  "node_modules/spdx-exceptions/index.json"(exports, module) {
    module.exports = [
      "389-exception",
      "Asterisk-exception",
      "Autoconf-exception-2.0",
      "Autoconf-exception-3.0",
      "Autoconf-exception-generic",
      "Autoconf-exception-generic-3.0",
      "Autoconf-exception-macro",
      "Bison-exception-1.24",
      "Bison-exception-2.2",
      "Bootloader-exception",
      "Classpath-exception-2.0",
      "CLISP-exception-2.0",
      "cryptsetup-OpenSSL-exception",
      "DigiRule-FOSS-exception",
      "eCos-exception-2.0",
      "Fawkes-Runtime-exception",
      "FLTK-exception",
      "fmt-exception",
      "Font-exception-2.0",
      "freertos-exception-2.0",
      "GCC-exception-2.0",
      "GCC-exception-2.0-note",
      "GCC-exception-3.1",
      "Gmsh-exception",
      "GNAT-exception",
      "GNOME-examples-exception",
      "GNU-compiler-exception",
      "gnu-javamail-exception",
      "GPL-3.0-interface-exception",
      "GPL-3.0-linking-exception",
      "GPL-3.0-linking-source-exception",
      "GPL-CC-1.0",
      "GStreamer-exception-2005",
      "GStreamer-exception-2008",
      "i2p-gpl-java-exception",
      "KiCad-libraries-exception",
      "LGPL-3.0-linking-exception",
      "libpri-OpenH323-exception",
      "Libtool-exception",
      "Linux-syscall-note",
      "LLGPL",
      "LLVM-exception",
      "LZMA-exception",
      "mif-exception",
      "OCaml-LGPL-linking-exception",
      "OCCT-exception-1.0",
      "OpenJDK-assembly-exception-1.0",
      "openvpn-openssl-exception",
      "PS-or-PDF-font-exception-20170817",
      "QPL-1.0-INRIA-2004-exception",
      "Qt-GPL-exception-1.0",
      "Qt-LGPL-exception-1.1",
      "Qwt-exception-1.0",
      "SANE-exception",
      "SHL-2.0",
      "SHL-2.1",
      "stunnel-exception",
      "SWI-exception",
      "Swift-exception",
      "Texinfo-exception",
      "u-boot-exception-2.0",
      "UBDL-exception",
      "Universal-FOSS-exception-1.0",
      "vsftpd-openssl-exception",
      "WxWindows-exception-3.1",
      "x11vnc-openssl-exception"
    ];
  }
});

// node_modules/spdx-expression-parse/scan.js
var require_scan = __commonJS({
  "node_modules/spdx-expression-parse/scan.js"(exports, module) {
    "use strict";
    var licenses = [].concat(require_spdx_license_ids()).concat(require_deprecated());
    var exceptions = require_spdx_exceptions();
    module.exports = function(source) {
      var index = 0;
      function hasMore() {
        return index < source.length;
      }
      function read(value) {
        if (value instanceof RegExp) {
          var chars = source.slice(index);
          var match = chars.match(value);
          if (match) {
            index += match[0].length;
            return match[0];
          }
        } else {
          if (source.indexOf(value, index) === index) {
            index += value.length;
            return value;
          }
        }
      }
      function skipWhitespace() {
        read(/[ ]*/);
      }
      function operator() {
        var string;
        var possibilities = [/^WITH/i, /^AND/i, /^OR/i, "(", ")", ":", "+"];
        for (var i = 0; i < possibilities.length; i++) {
          string = read(possibilities[i]);
          if (string) {
            break;
          }
        }
        if (string === "+" && index > 1 && source[index - 2] === " ") {
          throw new Error("Space before `+`");
        }
        return string && {
          type: "OPERATOR",
          string: string.toUpperCase()
        };
      }
      function idstring() {
        return read(/[A-Za-z0-9-.]+/);
      }
      function expectIdstring() {
        var string = idstring();
        if (!string) {
          throw new Error("Expected idstring at offset " + index);
        }
        return string;
      }
      function documentRef() {
        if (read("DocumentRef-")) {
          var string = expectIdstring();
          return { type: "DOCUMENTREF", string };
        }
      }
      function licenseRef() {
        if (read("LicenseRef-")) {
          var string = expectIdstring();
          return { type: "LICENSEREF", string };
        }
      }
      function identifier() {
        var begin = index;
        var string = idstring();
        if (licenses.indexOf(string) !== -1) {
          return {
            type: "LICENSE",
            string
          };
        } else if (exceptions.indexOf(string) !== -1) {
          return {
            type: "EXCEPTION",
            string
          };
        }
        index = begin;
      }
      function parseToken() {
        return operator() || documentRef() || licenseRef() || identifier();
      }
      var tokens = [];
      while (hasMore()) {
        skipWhitespace();
        if (!hasMore()) {
          break;
        }
        var token = parseToken();
        if (!token) {
          throw new Error("Unexpected `" + source[index] + "` at offset " + index);
        }
        tokens.push(token);
      }
      return tokens;
    };
  }
});

// node_modules/spdx-expression-parse/parse.js
var require_parse = __commonJS({
  "node_modules/spdx-expression-parse/parse.js"(exports, module) {
    "use strict";
    module.exports = function(tokens) {
      var index = 0;
      function hasMore() {
        return index < tokens.length;
      }
      function token() {
        return hasMore() ? tokens[index] : null;
      }
      function next() {
        if (!hasMore()) {
          throw new Error();
        }
        index++;
      }
      function parseOperator(operator) {
        var t = token();
        if (t && t.type === "OPERATOR" && operator === t.string) {
          next();
          return t.string;
        }
      }
      function parseWith() {
        if (parseOperator("WITH")) {
          var t = token();
          if (t && t.type === "EXCEPTION") {
            next();
            return t.string;
          }
          throw new Error("Expected exception after `WITH`");
        }
      }
      function parseLicenseRef() {
        var begin = index;
        var string = "";
        var t = token();
        if (t.type === "DOCUMENTREF") {
          next();
          string += "DocumentRef-" + t.string + ":";
          if (!parseOperator(":")) {
            throw new Error("Expected `:` after `DocumentRef-...`");
          }
        }
        t = token();
        if (t.type === "LICENSEREF") {
          next();
          string += "LicenseRef-" + t.string;
          return { license: string };
        }
        index = begin;
      }
      function parseLicense() {
        var t = token();
        if (t && t.type === "LICENSE") {
          next();
          var node2 = { license: t.string };
          if (parseOperator("+")) {
            node2.plus = true;
          }
          var exception = parseWith();
          if (exception) {
            node2.exception = exception;
          }
          return node2;
        }
      }
      function parseParenthesizedExpression() {
        var left = parseOperator("(");
        if (!left) {
          return;
        }
        var expr = parseExpression();
        if (!parseOperator(")")) {
          throw new Error("Expected `)`");
        }
        return expr;
      }
      function parseAtom() {
        return parseParenthesizedExpression() || parseLicenseRef() || parseLicense();
      }
      function makeBinaryOpParser(operator, nextParser) {
        return function parseBinaryOp() {
          var left = nextParser();
          if (!left) {
            return;
          }
          if (!parseOperator(operator)) {
            return left;
          }
          var right = parseBinaryOp();
          if (!right) {
            throw new Error("Expected expression");
          }
          return {
            left,
            conjunction: operator.toLowerCase(),
            right
          };
        };
      }
      var parseAnd = makeBinaryOpParser("AND", parseAtom);
      var parseExpression = makeBinaryOpParser("OR", parseAnd);
      var node = parseExpression();
      if (!node || hasMore()) {
        throw new Error("Syntax error");
      }
      return node;
    };
  }
});

// node_modules/spdx-expression-parse/index.js
var require_spdx_expression_parse = __commonJS({
  "node_modules/spdx-expression-parse/index.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse2 = require_parse();
    module.exports = function(source) {
      return parse2(scan(source));
    };
  }
});

// node_modules/ajv/dist/compile/codegen/code.js
var require_code = __commonJS({
  "node_modules/ajv/dist/compile/codegen/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.regexpCode = exports.getEsmExportName = exports.getProperty = exports.safeStringify = exports.stringify = exports.strConcat = exports.addCodeArg = exports.str = exports._ = exports.nil = exports._Code = exports.Name = exports.IDENTIFIER = exports._CodeOrName = void 0;
    var _CodeOrName = class {
    };
    exports._CodeOrName = _CodeOrName;
    exports.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
    var Name = class extends _CodeOrName {
      constructor(s) {
        super();
        if (!exports.IDENTIFIER.test(s))
          throw new Error("CodeGen: name must be a valid identifier");
        this.str = s;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        return false;
      }
      get names() {
        return { [this.str]: 1 };
      }
    };
    exports.Name = Name;
    var _Code = class extends _CodeOrName {
      constructor(code) {
        super();
        this._items = typeof code === "string" ? [code] : code;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        if (this._items.length > 1)
          return false;
        const item = this._items[0];
        return item === "" || item === '""';
      }
      get str() {
        var _a;
        return (_a = this._str) !== null && _a !== void 0 ? _a : this._str = this._items.reduce((s, c) => `${s}${c}`, "");
      }
      get names() {
        var _a;
        return (_a = this._names) !== null && _a !== void 0 ? _a : this._names = this._items.reduce((names, c) => {
          if (c instanceof Name)
            names[c.str] = (names[c.str] || 0) + 1;
          return names;
        }, {});
      }
    };
    exports._Code = _Code;
    exports.nil = new _Code("");
    function _(strs, ...args) {
      const code = [strs[0]];
      let i = 0;
      while (i < args.length) {
        addCodeArg(code, args[i]);
        code.push(strs[++i]);
      }
      return new _Code(code);
    }
    exports._ = _;
    var plus = new _Code("+");
    function str2(strs, ...args) {
      const expr = [safeStringify(strs[0])];
      let i = 0;
      while (i < args.length) {
        expr.push(plus);
        addCodeArg(expr, args[i]);
        expr.push(plus, safeStringify(strs[++i]));
      }
      optimize(expr);
      return new _Code(expr);
    }
    exports.str = str2;
    function addCodeArg(code, arg) {
      if (arg instanceof _Code)
        code.push(...arg._items);
      else if (arg instanceof Name)
        code.push(arg);
      else
        code.push(interpolate(arg));
    }
    exports.addCodeArg = addCodeArg;
    function optimize(expr) {
      let i = 1;
      while (i < expr.length - 1) {
        if (expr[i] === plus) {
          const res = mergeExprItems(expr[i - 1], expr[i + 1]);
          if (res !== void 0) {
            expr.splice(i - 1, 3, res);
            continue;
          }
          expr[i++] = "+";
        }
        i++;
      }
    }
    function mergeExprItems(a, b) {
      if (b === '""')
        return a;
      if (a === '""')
        return b;
      if (typeof a == "string") {
        if (b instanceof Name || a[a.length - 1] !== '"')
          return;
        if (typeof b != "string")
          return `${a.slice(0, -1)}${b}"`;
        if (b[0] === '"')
          return a.slice(0, -1) + b.slice(1);
        return;
      }
      if (typeof b == "string" && b[0] === '"' && !(a instanceof Name))
        return `"${a}${b.slice(1)}`;
      return;
    }
    function strConcat(c1, c2) {
      return c2.emptyStr() ? c1 : c1.emptyStr() ? c2 : str2`${c1}${c2}`;
    }
    exports.strConcat = strConcat;
    function interpolate(x) {
      return typeof x == "number" || typeof x == "boolean" || x === null ? x : safeStringify(Array.isArray(x) ? x.join(",") : x);
    }
    function stringify(x) {
      return new _Code(safeStringify(x));
    }
    exports.stringify = stringify;
    function safeStringify(x) {
      return JSON.stringify(x).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
    }
    exports.safeStringify = safeStringify;
    function getProperty(key) {
      return typeof key == "string" && exports.IDENTIFIER.test(key) ? new _Code(`.${key}`) : _`[${key}]`;
    }
    exports.getProperty = getProperty;
    function getEsmExportName(key) {
      if (typeof key == "string" && exports.IDENTIFIER.test(key)) {
        return new _Code(`${key}`);
      }
      throw new Error(`CodeGen: invalid export name: ${key}, use explicit $id name mapping`);
    }
    exports.getEsmExportName = getEsmExportName;
    function regexpCode(rx) {
      return new _Code(rx.toString());
    }
    exports.regexpCode = regexpCode;
  }
});

// node_modules/ajv/dist/compile/codegen/scope.js
var require_scope = __commonJS({
  "node_modules/ajv/dist/compile/codegen/scope.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ValueScope = exports.ValueScopeName = exports.Scope = exports.varKinds = exports.UsedValueState = void 0;
    var code_1 = require_code();
    var ValueError = class extends Error {
      constructor(name) {
        super(`CodeGen: "code" for ${name} not defined`);
        this.value = name.value;
      }
    };
    var UsedValueState;
    (function(UsedValueState2) {
      UsedValueState2[UsedValueState2["Started"] = 0] = "Started";
      UsedValueState2[UsedValueState2["Completed"] = 1] = "Completed";
    })(UsedValueState || (exports.UsedValueState = UsedValueState = {}));
    exports.varKinds = {
      const: new code_1.Name("const"),
      let: new code_1.Name("let"),
      var: new code_1.Name("var")
    };
    var Scope = class {
      constructor({ prefixes, parent } = {}) {
        this._names = {};
        this._prefixes = prefixes;
        this._parent = parent;
      }
      toName(nameOrPrefix) {
        return nameOrPrefix instanceof code_1.Name ? nameOrPrefix : this.name(nameOrPrefix);
      }
      name(prefix) {
        return new code_1.Name(this._newName(prefix));
      }
      _newName(prefix) {
        const ng = this._names[prefix] || this._nameGroup(prefix);
        return `${prefix}${ng.index++}`;
      }
      _nameGroup(prefix) {
        var _a, _b;
        if (((_b = (_a = this._parent) === null || _a === void 0 ? void 0 : _a._prefixes) === null || _b === void 0 ? void 0 : _b.has(prefix)) || this._prefixes && !this._prefixes.has(prefix)) {
          throw new Error(`CodeGen: prefix "${prefix}" is not allowed in this scope`);
        }
        return this._names[prefix] = { prefix, index: 0 };
      }
    };
    exports.Scope = Scope;
    var ValueScopeName = class extends code_1.Name {
      constructor(prefix, nameStr) {
        super(nameStr);
        this.prefix = prefix;
      }
      setValue(value, { property, itemIndex }) {
        this.value = value;
        this.scopePath = (0, code_1._)`.${new code_1.Name(property)}[${itemIndex}]`;
      }
    };
    exports.ValueScopeName = ValueScopeName;
    var line = (0, code_1._)`\n`;
    var ValueScope = class extends Scope {
      constructor(opts) {
        super(opts);
        this._values = {};
        this._scope = opts.scope;
        this.opts = { ...opts, _n: opts.lines ? line : code_1.nil };
      }
      get() {
        return this._scope;
      }
      name(prefix) {
        return new ValueScopeName(prefix, this._newName(prefix));
      }
      value(nameOrPrefix, value) {
        var _a;
        if (value.ref === void 0)
          throw new Error("CodeGen: ref must be passed in value");
        const name = this.toName(nameOrPrefix);
        const { prefix } = name;
        const valueKey = (_a = value.key) !== null && _a !== void 0 ? _a : value.ref;
        let vs = this._values[prefix];
        if (vs) {
          const _name = vs.get(valueKey);
          if (_name)
            return _name;
        } else {
          vs = this._values[prefix] = /* @__PURE__ */ new Map();
        }
        vs.set(valueKey, name);
        const s = this._scope[prefix] || (this._scope[prefix] = []);
        const itemIndex = s.length;
        s[itemIndex] = value.ref;
        name.setValue(value, { property: prefix, itemIndex });
        return name;
      }
      getValue(prefix, keyOrRef) {
        const vs = this._values[prefix];
        if (!vs)
          return;
        return vs.get(keyOrRef);
      }
      scopeRefs(scopeName, values = this._values) {
        return this._reduceValues(values, (name) => {
          if (name.scopePath === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return (0, code_1._)`${scopeName}${name.scopePath}`;
        });
      }
      scopeCode(values = this._values, usedValues, getCode) {
        return this._reduceValues(values, (name) => {
          if (name.value === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return name.value.code;
        }, usedValues, getCode);
      }
      _reduceValues(values, valueCode, usedValues = {}, getCode) {
        let code = code_1.nil;
        for (const prefix in values) {
          const vs = values[prefix];
          if (!vs)
            continue;
          const nameSet = usedValues[prefix] = usedValues[prefix] || /* @__PURE__ */ new Map();
          vs.forEach((name) => {
            if (nameSet.has(name))
              return;
            nameSet.set(name, UsedValueState.Started);
            let c = valueCode(name);
            if (c) {
              const def = this.opts.es5 ? exports.varKinds.var : exports.varKinds.const;
              code = (0, code_1._)`${code}${def} ${name} = ${c};${this.opts._n}`;
            } else if (c = getCode === null || getCode === void 0 ? void 0 : getCode(name)) {
              code = (0, code_1._)`${code}${c}${this.opts._n}`;
            } else {
              throw new ValueError(name);
            }
            nameSet.set(name, UsedValueState.Completed);
          });
        }
        return code;
      }
    };
    exports.ValueScope = ValueScope;
  }
});

// node_modules/ajv/dist/compile/codegen/index.js
var require_codegen = __commonJS({
  "node_modules/ajv/dist/compile/codegen/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.or = exports.and = exports.not = exports.CodeGen = exports.operators = exports.varKinds = exports.ValueScopeName = exports.ValueScope = exports.Scope = exports.Name = exports.regexpCode = exports.stringify = exports.getProperty = exports.nil = exports.strConcat = exports.str = exports._ = void 0;
    var code_1 = require_code();
    var scope_1 = require_scope();
    var code_2 = require_code();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return code_2._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return code_2.str;
    } });
    Object.defineProperty(exports, "strConcat", { enumerable: true, get: function() {
      return code_2.strConcat;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return code_2.nil;
    } });
    Object.defineProperty(exports, "getProperty", { enumerable: true, get: function() {
      return code_2.getProperty;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return code_2.stringify;
    } });
    Object.defineProperty(exports, "regexpCode", { enumerable: true, get: function() {
      return code_2.regexpCode;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return code_2.Name;
    } });
    var scope_2 = require_scope();
    Object.defineProperty(exports, "Scope", { enumerable: true, get: function() {
      return scope_2.Scope;
    } });
    Object.defineProperty(exports, "ValueScope", { enumerable: true, get: function() {
      return scope_2.ValueScope;
    } });
    Object.defineProperty(exports, "ValueScopeName", { enumerable: true, get: function() {
      return scope_2.ValueScopeName;
    } });
    Object.defineProperty(exports, "varKinds", { enumerable: true, get: function() {
      return scope_2.varKinds;
    } });
    exports.operators = {
      GT: new code_1._Code(">"),
      GTE: new code_1._Code(">="),
      LT: new code_1._Code("<"),
      LTE: new code_1._Code("<="),
      EQ: new code_1._Code("==="),
      NEQ: new code_1._Code("!=="),
      NOT: new code_1._Code("!"),
      OR: new code_1._Code("||"),
      AND: new code_1._Code("&&"),
      ADD: new code_1._Code("+")
    };
    var Node = class {
      optimizeNodes() {
        return this;
      }
      optimizeNames(_names, _constants) {
        return this;
      }
    };
    var Def = class extends Node {
      constructor(varKind, name, rhs) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.rhs = rhs;
      }
      render({ es5, _n }) {
        const varKind = es5 ? scope_1.varKinds.var : this.varKind;
        const rhs = this.rhs === void 0 ? "" : ` = ${this.rhs}`;
        return `${varKind} ${this.name}${rhs};` + _n;
      }
      optimizeNames(names, constants2) {
        if (!names[this.name.str])
          return;
        if (this.rhs)
          this.rhs = optimizeExpr(this.rhs, names, constants2);
        return this;
      }
      get names() {
        return this.rhs instanceof code_1._CodeOrName ? this.rhs.names : {};
      }
    };
    var Assign = class extends Node {
      constructor(lhs, rhs, sideEffects) {
        super();
        this.lhs = lhs;
        this.rhs = rhs;
        this.sideEffects = sideEffects;
      }
      render({ _n }) {
        return `${this.lhs} = ${this.rhs};` + _n;
      }
      optimizeNames(names, constants2) {
        if (this.lhs instanceof code_1.Name && !names[this.lhs.str] && !this.sideEffects)
          return;
        this.rhs = optimizeExpr(this.rhs, names, constants2);
        return this;
      }
      get names() {
        const names = this.lhs instanceof code_1.Name ? {} : { ...this.lhs.names };
        return addExprNames(names, this.rhs);
      }
    };
    var AssignOp = class extends Assign {
      constructor(lhs, op, rhs, sideEffects) {
        super(lhs, rhs, sideEffects);
        this.op = op;
      }
      render({ _n }) {
        return `${this.lhs} ${this.op}= ${this.rhs};` + _n;
      }
    };
    var Label = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        return `${this.label}:` + _n;
      }
    };
    var Break = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        const label = this.label ? ` ${this.label}` : "";
        return `break${label};` + _n;
      }
    };
    var Throw = class extends Node {
      constructor(error) {
        super();
        this.error = error;
      }
      render({ _n }) {
        return `throw ${this.error};` + _n;
      }
      get names() {
        return this.error.names;
      }
    };
    var AnyCode = class extends Node {
      constructor(code) {
        super();
        this.code = code;
      }
      render({ _n }) {
        return `${this.code};` + _n;
      }
      optimizeNodes() {
        return `${this.code}` ? this : void 0;
      }
      optimizeNames(names, constants2) {
        this.code = optimizeExpr(this.code, names, constants2);
        return this;
      }
      get names() {
        return this.code instanceof code_1._CodeOrName ? this.code.names : {};
      }
    };
    var ParentNode = class extends Node {
      constructor(nodes = []) {
        super();
        this.nodes = nodes;
      }
      render(opts) {
        return this.nodes.reduce((code, n) => code + n.render(opts), "");
      }
      optimizeNodes() {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i].optimizeNodes();
          if (Array.isArray(n))
            nodes.splice(i, 1, ...n);
          else if (n)
            nodes[i] = n;
          else
            nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      optimizeNames(names, constants2) {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i];
          if (n.optimizeNames(names, constants2))
            continue;
          subtractNames(names, n.names);
          nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      get names() {
        return this.nodes.reduce((names, n) => addNames(names, n.names), {});
      }
    };
    var BlockNode = class extends ParentNode {
      render(opts) {
        return "{" + opts._n + super.render(opts) + "}" + opts._n;
      }
    };
    var Root = class extends ParentNode {
    };
    var Else = class extends BlockNode {
    };
    Else.kind = "else";
    var If = class _If extends BlockNode {
      constructor(condition, nodes) {
        super(nodes);
        this.condition = condition;
      }
      render(opts) {
        let code = `if(${this.condition})` + super.render(opts);
        if (this.else)
          code += "else " + this.else.render(opts);
        return code;
      }
      optimizeNodes() {
        super.optimizeNodes();
        const cond = this.condition;
        if (cond === true)
          return this.nodes;
        let e = this.else;
        if (e) {
          const ns = e.optimizeNodes();
          e = this.else = Array.isArray(ns) ? new Else(ns) : ns;
        }
        if (e) {
          if (cond === false)
            return e instanceof _If ? e : e.nodes;
          if (this.nodes.length)
            return this;
          return new _If(not(cond), e instanceof _If ? [e] : e.nodes);
        }
        if (cond === false || !this.nodes.length)
          return void 0;
        return this;
      }
      optimizeNames(names, constants2) {
        var _a;
        this.else = (_a = this.else) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants2);
        if (!(super.optimizeNames(names, constants2) || this.else))
          return;
        this.condition = optimizeExpr(this.condition, names, constants2);
        return this;
      }
      get names() {
        const names = super.names;
        addExprNames(names, this.condition);
        if (this.else)
          addNames(names, this.else.names);
        return names;
      }
    };
    If.kind = "if";
    var For = class extends BlockNode {
    };
    For.kind = "for";
    var ForLoop = class extends For {
      constructor(iteration) {
        super();
        this.iteration = iteration;
      }
      render(opts) {
        return `for(${this.iteration})` + super.render(opts);
      }
      optimizeNames(names, constants2) {
        if (!super.optimizeNames(names, constants2))
          return;
        this.iteration = optimizeExpr(this.iteration, names, constants2);
        return this;
      }
      get names() {
        return addNames(super.names, this.iteration.names);
      }
    };
    var ForRange = class extends For {
      constructor(varKind, name, from, to) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.from = from;
        this.to = to;
      }
      render(opts) {
        const varKind = opts.es5 ? scope_1.varKinds.var : this.varKind;
        const { name, from, to } = this;
        return `for(${varKind} ${name}=${from}; ${name}<${to}; ${name}++)` + super.render(opts);
      }
      get names() {
        const names = addExprNames(super.names, this.from);
        return addExprNames(names, this.to);
      }
    };
    var ForIter = class extends For {
      constructor(loop, varKind, name, iterable) {
        super();
        this.loop = loop;
        this.varKind = varKind;
        this.name = name;
        this.iterable = iterable;
      }
      render(opts) {
        return `for(${this.varKind} ${this.name} ${this.loop} ${this.iterable})` + super.render(opts);
      }
      optimizeNames(names, constants2) {
        if (!super.optimizeNames(names, constants2))
          return;
        this.iterable = optimizeExpr(this.iterable, names, constants2);
        return this;
      }
      get names() {
        return addNames(super.names, this.iterable.names);
      }
    };
    var Func = class extends BlockNode {
      constructor(name, args, async) {
        super();
        this.name = name;
        this.args = args;
        this.async = async;
      }
      render(opts) {
        const _async = this.async ? "async " : "";
        return `${_async}function ${this.name}(${this.args})` + super.render(opts);
      }
    };
    Func.kind = "func";
    var Return = class extends ParentNode {
      render(opts) {
        return "return " + super.render(opts);
      }
    };
    Return.kind = "return";
    var Try = class extends BlockNode {
      render(opts) {
        let code = "try" + super.render(opts);
        if (this.catch)
          code += this.catch.render(opts);
        if (this.finally)
          code += this.finally.render(opts);
        return code;
      }
      optimizeNodes() {
        var _a, _b;
        super.optimizeNodes();
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNodes();
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNodes();
        return this;
      }
      optimizeNames(names, constants2) {
        var _a, _b;
        super.optimizeNames(names, constants2);
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants2);
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNames(names, constants2);
        return this;
      }
      get names() {
        const names = super.names;
        if (this.catch)
          addNames(names, this.catch.names);
        if (this.finally)
          addNames(names, this.finally.names);
        return names;
      }
    };
    var Catch = class extends BlockNode {
      constructor(error) {
        super();
        this.error = error;
      }
      render(opts) {
        return `catch(${this.error})` + super.render(opts);
      }
    };
    Catch.kind = "catch";
    var Finally = class extends BlockNode {
      render(opts) {
        return "finally" + super.render(opts);
      }
    };
    Finally.kind = "finally";
    var CodeGen = class {
      constructor(extScope, opts = {}) {
        this._values = {};
        this._blockStarts = [];
        this._constants = {};
        this.opts = { ...opts, _n: opts.lines ? "\n" : "" };
        this._extScope = extScope;
        this._scope = new scope_1.Scope({ parent: extScope });
        this._nodes = [new Root()];
      }
      toString() {
        return this._root.render(this.opts);
      }
      // returns unique name in the internal scope
      name(prefix) {
        return this._scope.name(prefix);
      }
      // reserves unique name in the external scope
      scopeName(prefix) {
        return this._extScope.name(prefix);
      }
      // reserves unique name in the external scope and assigns value to it
      scopeValue(prefixOrName, value) {
        const name = this._extScope.value(prefixOrName, value);
        const vs = this._values[name.prefix] || (this._values[name.prefix] = /* @__PURE__ */ new Set());
        vs.add(name);
        return name;
      }
      getScopeValue(prefix, keyOrRef) {
        return this._extScope.getValue(prefix, keyOrRef);
      }
      // return code that assigns values in the external scope to the names that are used internally
      // (same names that were returned by gen.scopeName or gen.scopeValue)
      scopeRefs(scopeName) {
        return this._extScope.scopeRefs(scopeName, this._values);
      }
      scopeCode() {
        return this._extScope.scopeCode(this._values);
      }
      _def(varKind, nameOrPrefix, rhs, constant) {
        const name = this._scope.toName(nameOrPrefix);
        if (rhs !== void 0 && constant)
          this._constants[name.str] = rhs;
        this._leafNode(new Def(varKind, name, rhs));
        return name;
      }
      // `const` declaration (`var` in es5 mode)
      const(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.const, nameOrPrefix, rhs, _constant);
      }
      // `let` declaration with optional assignment (`var` in es5 mode)
      let(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.let, nameOrPrefix, rhs, _constant);
      }
      // `var` declaration with optional assignment
      var(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.var, nameOrPrefix, rhs, _constant);
      }
      // assignment code
      assign(lhs, rhs, sideEffects) {
        return this._leafNode(new Assign(lhs, rhs, sideEffects));
      }
      // `+=` code
      add(lhs, rhs) {
        return this._leafNode(new AssignOp(lhs, exports.operators.ADD, rhs));
      }
      // appends passed SafeExpr to code or executes Block
      code(c) {
        if (typeof c == "function")
          c();
        else if (c !== code_1.nil)
          this._leafNode(new AnyCode(c));
        return this;
      }
      // returns code for object literal for the passed argument list of key-value pairs
      object(...keyValues) {
        const code = ["{"];
        for (const [key, value] of keyValues) {
          if (code.length > 1)
            code.push(",");
          code.push(key);
          if (key !== value || this.opts.es5) {
            code.push(":");
            (0, code_1.addCodeArg)(code, value);
          }
        }
        code.push("}");
        return new code_1._Code(code);
      }
      // `if` clause (or statement if `thenBody` and, optionally, `elseBody` are passed)
      if(condition, thenBody, elseBody) {
        this._blockNode(new If(condition));
        if (thenBody && elseBody) {
          this.code(thenBody).else().code(elseBody).endIf();
        } else if (thenBody) {
          this.code(thenBody).endIf();
        } else if (elseBody) {
          throw new Error('CodeGen: "else" body without "then" body');
        }
        return this;
      }
      // `else if` clause - invalid without `if` or after `else` clauses
      elseIf(condition) {
        return this._elseNode(new If(condition));
      }
      // `else` clause - only valid after `if` or `else if` clauses
      else() {
        return this._elseNode(new Else());
      }
      // end `if` statement (needed if gen.if was used only with condition)
      endIf() {
        return this._endBlockNode(If, Else);
      }
      _for(node, forBody) {
        this._blockNode(node);
        if (forBody)
          this.code(forBody).endFor();
        return this;
      }
      // a generic `for` clause (or statement if `forBody` is passed)
      for(iteration, forBody) {
        return this._for(new ForLoop(iteration), forBody);
      }
      // `for` statement for a range of values
      forRange(nameOrPrefix, from, to, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.let) {
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForRange(varKind, name, from, to), () => forBody(name));
      }
      // `for-of` statement (in es5 mode replace with a normal for loop)
      forOf(nameOrPrefix, iterable, forBody, varKind = scope_1.varKinds.const) {
        const name = this._scope.toName(nameOrPrefix);
        if (this.opts.es5) {
          const arr = iterable instanceof code_1.Name ? iterable : this.var("_arr", iterable);
          return this.forRange("_i", 0, (0, code_1._)`${arr}.length`, (i) => {
            this.var(name, (0, code_1._)`${arr}[${i}]`);
            forBody(name);
          });
        }
        return this._for(new ForIter("of", varKind, name, iterable), () => forBody(name));
      }
      // `for-in` statement.
      // With option `ownProperties` replaced with a `for-of` loop for object keys
      forIn(nameOrPrefix, obj, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {
        if (this.opts.ownProperties) {
          return this.forOf(nameOrPrefix, (0, code_1._)`Object.keys(${obj})`, forBody);
        }
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForIter("in", varKind, name, obj), () => forBody(name));
      }
      // end `for` loop
      endFor() {
        return this._endBlockNode(For);
      }
      // `label` statement
      label(label) {
        return this._leafNode(new Label(label));
      }
      // `break` statement
      break(label) {
        return this._leafNode(new Break(label));
      }
      // `return` statement
      return(value) {
        const node = new Return();
        this._blockNode(node);
        this.code(value);
        if (node.nodes.length !== 1)
          throw new Error('CodeGen: "return" should have one node');
        return this._endBlockNode(Return);
      }
      // `try` statement
      try(tryBody, catchCode, finallyCode) {
        if (!catchCode && !finallyCode)
          throw new Error('CodeGen: "try" without "catch" and "finally"');
        const node = new Try();
        this._blockNode(node);
        this.code(tryBody);
        if (catchCode) {
          const error = this.name("e");
          this._currNode = node.catch = new Catch(error);
          catchCode(error);
        }
        if (finallyCode) {
          this._currNode = node.finally = new Finally();
          this.code(finallyCode);
        }
        return this._endBlockNode(Catch, Finally);
      }
      // `throw` statement
      throw(error) {
        return this._leafNode(new Throw(error));
      }
      // start self-balancing block
      block(body, nodeCount) {
        this._blockStarts.push(this._nodes.length);
        if (body)
          this.code(body).endBlock(nodeCount);
        return this;
      }
      // end the current self-balancing block
      endBlock(nodeCount) {
        const len = this._blockStarts.pop();
        if (len === void 0)
          throw new Error("CodeGen: not in self-balancing block");
        const toClose = this._nodes.length - len;
        if (toClose < 0 || nodeCount !== void 0 && toClose !== nodeCount) {
          throw new Error(`CodeGen: wrong number of nodes: ${toClose} vs ${nodeCount} expected`);
        }
        this._nodes.length = len;
        return this;
      }
      // `function` heading (or definition if funcBody is passed)
      func(name, args = code_1.nil, async, funcBody) {
        this._blockNode(new Func(name, args, async));
        if (funcBody)
          this.code(funcBody).endFunc();
        return this;
      }
      // end function definition
      endFunc() {
        return this._endBlockNode(Func);
      }
      optimize(n = 1) {
        while (n-- > 0) {
          this._root.optimizeNodes();
          this._root.optimizeNames(this._root.names, this._constants);
        }
      }
      _leafNode(node) {
        this._currNode.nodes.push(node);
        return this;
      }
      _blockNode(node) {
        this._currNode.nodes.push(node);
        this._nodes.push(node);
      }
      _endBlockNode(N1, N2) {
        const n = this._currNode;
        if (n instanceof N1 || N2 && n instanceof N2) {
          this._nodes.pop();
          return this;
        }
        throw new Error(`CodeGen: not in block "${N2 ? `${N1.kind}/${N2.kind}` : N1.kind}"`);
      }
      _elseNode(node) {
        const n = this._currNode;
        if (!(n instanceof If)) {
          throw new Error('CodeGen: "else" without "if"');
        }
        this._currNode = n.else = node;
        return this;
      }
      get _root() {
        return this._nodes[0];
      }
      get _currNode() {
        const ns = this._nodes;
        return ns[ns.length - 1];
      }
      set _currNode(node) {
        const ns = this._nodes;
        ns[ns.length - 1] = node;
      }
    };
    exports.CodeGen = CodeGen;
    function addNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) + (from[n] || 0);
      return names;
    }
    function addExprNames(names, from) {
      return from instanceof code_1._CodeOrName ? addNames(names, from.names) : names;
    }
    function optimizeExpr(expr, names, constants2) {
      if (expr instanceof code_1.Name)
        return replaceName(expr);
      if (!canOptimize(expr))
        return expr;
      return new code_1._Code(expr._items.reduce((items, c) => {
        if (c instanceof code_1.Name)
          c = replaceName(c);
        if (c instanceof code_1._Code)
          items.push(...c._items);
        else
          items.push(c);
        return items;
      }, []));
      function replaceName(n) {
        const c = constants2[n.str];
        if (c === void 0 || names[n.str] !== 1)
          return n;
        delete names[n.str];
        return c;
      }
      function canOptimize(e) {
        return e instanceof code_1._Code && e._items.some((c) => c instanceof code_1.Name && names[c.str] === 1 && constants2[c.str] !== void 0);
      }
    }
    function subtractNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) - (from[n] || 0);
    }
    function not(x) {
      return typeof x == "boolean" || typeof x == "number" || x === null ? !x : (0, code_1._)`!${par(x)}`;
    }
    exports.not = not;
    var andCode = mappend(exports.operators.AND);
    function and(...args) {
      return args.reduce(andCode);
    }
    exports.and = and;
    var orCode = mappend(exports.operators.OR);
    function or(...args) {
      return args.reduce(orCode);
    }
    exports.or = or;
    function mappend(op) {
      return (x, y) => x === code_1.nil ? y : y === code_1.nil ? x : (0, code_1._)`${par(x)} ${op} ${par(y)}`;
    }
    function par(x) {
      return x instanceof code_1.Name ? x : (0, code_1._)`(${x})`;
    }
  }
});

// node_modules/ajv/dist/compile/util.js
var require_util = __commonJS({
  "node_modules/ajv/dist/compile/util.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.checkStrictMode = exports.getErrorPath = exports.Type = exports.useFunc = exports.setEvaluated = exports.evaluatedPropsToName = exports.mergeEvaluated = exports.eachItem = exports.unescapeJsonPointer = exports.escapeJsonPointer = exports.escapeFragment = exports.unescapeFragment = exports.schemaRefOrVal = exports.schemaHasRulesButRef = exports.schemaHasRules = exports.checkUnknownRules = exports.alwaysValidSchema = exports.toHash = void 0;
    var codegen_1 = require_codegen();
    var code_1 = require_code();
    function toHash(arr) {
      const hash = {};
      for (const item of arr)
        hash[item] = true;
      return hash;
    }
    exports.toHash = toHash;
    function alwaysValidSchema(it, schema) {
      if (typeof schema == "boolean")
        return schema;
      if (Object.keys(schema).length === 0)
        return true;
      checkUnknownRules(it, schema);
      return !schemaHasRules(schema, it.self.RULES.all);
    }
    exports.alwaysValidSchema = alwaysValidSchema;
    function checkUnknownRules(it, schema = it.schema) {
      const { opts, self } = it;
      if (!opts.strictSchema)
        return;
      if (typeof schema === "boolean")
        return;
      const rules = self.RULES.keywords;
      for (const key in schema) {
        if (!rules[key])
          checkStrictMode(it, `unknown keyword: "${key}"`);
      }
    }
    exports.checkUnknownRules = checkUnknownRules;
    function schemaHasRules(schema, rules) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (rules[key])
          return true;
      return false;
    }
    exports.schemaHasRules = schemaHasRules;
    function schemaHasRulesButRef(schema, RULES) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (key !== "$ref" && RULES.all[key])
          return true;
      return false;
    }
    exports.schemaHasRulesButRef = schemaHasRulesButRef;
    function schemaRefOrVal({ topSchemaRef, schemaPath }, schema, keyword, $data) {
      if (!$data) {
        if (typeof schema == "number" || typeof schema == "boolean")
          return schema;
        if (typeof schema == "string")
          return (0, codegen_1._)`${schema}`;
      }
      return (0, codegen_1._)`${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;
    }
    exports.schemaRefOrVal = schemaRefOrVal;
    function unescapeFragment(str2) {
      return unescapeJsonPointer(decodeURIComponent(str2));
    }
    exports.unescapeFragment = unescapeFragment;
    function escapeFragment(str2) {
      return encodeURIComponent(escapeJsonPointer(str2));
    }
    exports.escapeFragment = escapeFragment;
    function escapeJsonPointer(str2) {
      if (typeof str2 == "number")
        return `${str2}`;
      return str2.replace(/~/g, "~0").replace(/\//g, "~1");
    }
    exports.escapeJsonPointer = escapeJsonPointer;
    function unescapeJsonPointer(str2) {
      return str2.replace(/~1/g, "/").replace(/~0/g, "~");
    }
    exports.unescapeJsonPointer = unescapeJsonPointer;
    function eachItem(xs, f) {
      if (Array.isArray(xs)) {
        for (const x of xs)
          f(x);
      } else {
        f(xs);
      }
    }
    exports.eachItem = eachItem;
    function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues, resultToName }) {
      return (gen, from, to, toName) => {
        const res = to === void 0 ? from : to instanceof codegen_1.Name ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to) : mergeToName(gen, from, to), to) : from instanceof codegen_1.Name ? (mergeToName(gen, to, from), from) : mergeValues(from, to);
        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;
      };
    }
    exports.mergeEvaluated = {
      props: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => {
          gen.if((0, codegen_1._)`${from} === true`, () => gen.assign(to, true), () => gen.assign(to, (0, codegen_1._)`${to} || {}`).code((0, codegen_1._)`Object.assign(${to}, ${from})`));
        }),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => {
          if (from === true) {
            gen.assign(to, true);
          } else {
            gen.assign(to, (0, codegen_1._)`${to} || {}`);
            setEvaluated(gen, to, from);
          }
        }),
        mergeValues: (from, to) => from === true ? true : { ...from, ...to },
        resultToName: evaluatedPropsToName
      }),
      items: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => gen.assign(to, (0, codegen_1._)`${from} === true ? true : ${to} > ${from} ? ${to} : ${from}`)),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => gen.assign(to, from === true ? true : (0, codegen_1._)`${to} > ${from} ? ${to} : ${from}`)),
        mergeValues: (from, to) => from === true ? true : Math.max(from, to),
        resultToName: (gen, items) => gen.var("items", items)
      })
    };
    function evaluatedPropsToName(gen, ps) {
      if (ps === true)
        return gen.var("props", true);
      const props = gen.var("props", (0, codegen_1._)`{}`);
      if (ps !== void 0)
        setEvaluated(gen, props, ps);
      return props;
    }
    exports.evaluatedPropsToName = evaluatedPropsToName;
    function setEvaluated(gen, props, ps) {
      Object.keys(ps).forEach((p) => gen.assign((0, codegen_1._)`${props}${(0, codegen_1.getProperty)(p)}`, true));
    }
    exports.setEvaluated = setEvaluated;
    var snippets = {};
    function useFunc(gen, f) {
      return gen.scopeValue("func", {
        ref: f,
        code: snippets[f.code] || (snippets[f.code] = new code_1._Code(f.code))
      });
    }
    exports.useFunc = useFunc;
    var Type;
    (function(Type2) {
      Type2[Type2["Num"] = 0] = "Num";
      Type2[Type2["Str"] = 1] = "Str";
    })(Type || (exports.Type = Type = {}));
    function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
      if (dataProp instanceof codegen_1.Name) {
        const isNumber = dataPropType === Type.Num;
        return jsPropertySyntax ? isNumber ? (0, codegen_1._)`"[" + ${dataProp} + "]"` : (0, codegen_1._)`"['" + ${dataProp} + "']"` : isNumber ? (0, codegen_1._)`"/" + ${dataProp}` : (0, codegen_1._)`"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`;
      }
      return jsPropertySyntax ? (0, codegen_1.getProperty)(dataProp).toString() : "/" + escapeJsonPointer(dataProp);
    }
    exports.getErrorPath = getErrorPath;
    function checkStrictMode(it, msg, mode = it.opts.strictSchema) {
      if (!mode)
        return;
      msg = `strict mode: ${msg}`;
      if (mode === true)
        throw new Error(msg);
      it.self.logger.warn(msg);
    }
    exports.checkStrictMode = checkStrictMode;
  }
});

// node_modules/ajv/dist/compile/names.js
var require_names = __commonJS({
  "node_modules/ajv/dist/compile/names.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var names = {
      // validation function arguments
      data: new codegen_1.Name("data"),
      // data passed to validation function
      // args passed from referencing schema
      valCxt: new codegen_1.Name("valCxt"),
      // validation/data context - should not be used directly, it is destructured to the names below
      instancePath: new codegen_1.Name("instancePath"),
      parentData: new codegen_1.Name("parentData"),
      parentDataProperty: new codegen_1.Name("parentDataProperty"),
      rootData: new codegen_1.Name("rootData"),
      // root data - same as the data passed to the first/top validation function
      dynamicAnchors: new codegen_1.Name("dynamicAnchors"),
      // used to support recursiveRef and dynamicRef
      // function scoped variables
      vErrors: new codegen_1.Name("vErrors"),
      // null or array of validation errors
      errors: new codegen_1.Name("errors"),
      // counter of validation errors
      this: new codegen_1.Name("this"),
      // "globals"
      self: new codegen_1.Name("self"),
      scope: new codegen_1.Name("scope"),
      // JTD serialize/parse name for JSON string and position
      json: new codegen_1.Name("json"),
      jsonPos: new codegen_1.Name("jsonPos"),
      jsonLen: new codegen_1.Name("jsonLen"),
      jsonPart: new codegen_1.Name("jsonPart")
    };
    exports.default = names;
  }
});

// node_modules/ajv/dist/compile/errors.js
var require_errors = __commonJS({
  "node_modules/ajv/dist/compile/errors.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendErrors = exports.resetErrorsCount = exports.reportExtraError = exports.reportError = exports.keyword$DataError = exports.keywordError = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    exports.keywordError = {
      message: ({ keyword }) => (0, codegen_1.str)`must pass "${keyword}" keyword validation`
    };
    exports.keyword$DataError = {
      message: ({ keyword, schemaType }) => schemaType ? (0, codegen_1.str)`"${keyword}" keyword must be ${schemaType} ($data)` : (0, codegen_1.str)`"${keyword}" keyword is invalid ($data)`
    };
    function reportError(cxt, error = exports.keywordError, errorPaths, overrideAllErrors) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      if (overrideAllErrors !== null && overrideAllErrors !== void 0 ? overrideAllErrors : compositeRule || allErrors) {
        addError(gen, errObj);
      } else {
        returnErrors(it, (0, codegen_1._)`[${errObj}]`);
      }
    }
    exports.reportError = reportError;
    function reportExtraError(cxt, error = exports.keywordError, errorPaths) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      addError(gen, errObj);
      if (!(compositeRule || allErrors)) {
        returnErrors(it, names_1.default.vErrors);
      }
    }
    exports.reportExtraError = reportExtraError;
    function resetErrorsCount(gen, errsCount) {
      gen.assign(names_1.default.errors, errsCount);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} !== null`, () => gen.if(errsCount, () => gen.assign((0, codegen_1._)`${names_1.default.vErrors}.length`, errsCount), () => gen.assign(names_1.default.vErrors, null)));
    }
    exports.resetErrorsCount = resetErrorsCount;
    function extendErrors({ gen, keyword, schemaValue, data, errsCount, it }) {
      if (errsCount === void 0)
        throw new Error("ajv implementation error");
      const err = gen.name("err");
      gen.forRange("i", errsCount, names_1.default.errors, (i) => {
        gen.const(err, (0, codegen_1._)`${names_1.default.vErrors}[${i}]`);
        gen.if((0, codegen_1._)`${err}.instancePath === undefined`, () => gen.assign((0, codegen_1._)`${err}.instancePath`, (0, codegen_1.strConcat)(names_1.default.instancePath, it.errorPath)));
        gen.assign((0, codegen_1._)`${err}.schemaPath`, (0, codegen_1.str)`${it.errSchemaPath}/${keyword}`);
        if (it.opts.verbose) {
          gen.assign((0, codegen_1._)`${err}.schema`, schemaValue);
          gen.assign((0, codegen_1._)`${err}.data`, data);
        }
      });
    }
    exports.extendErrors = extendErrors;
    function addError(gen, errObj) {
      const err = gen.const("err", errObj);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} === null`, () => gen.assign(names_1.default.vErrors, (0, codegen_1._)`[${err}]`), (0, codegen_1._)`${names_1.default.vErrors}.push(${err})`);
      gen.code((0, codegen_1._)`${names_1.default.errors}++`);
    }
    function returnErrors(it, errs) {
      const { gen, validateName, schemaEnv } = it;
      if (schemaEnv.$async) {
        gen.throw((0, codegen_1._)`new ${it.ValidationError}(${errs})`);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, errs);
        gen.return(false);
      }
    }
    var E = {
      keyword: new codegen_1.Name("keyword"),
      schemaPath: new codegen_1.Name("schemaPath"),
      // also used in JTD errors
      params: new codegen_1.Name("params"),
      propertyName: new codegen_1.Name("propertyName"),
      message: new codegen_1.Name("message"),
      schema: new codegen_1.Name("schema"),
      parentSchema: new codegen_1.Name("parentSchema")
    };
    function errorObjectCode(cxt, error, errorPaths) {
      const { createErrors } = cxt.it;
      if (createErrors === false)
        return (0, codegen_1._)`{}`;
      return errorObject(cxt, error, errorPaths);
    }
    function errorObject(cxt, error, errorPaths = {}) {
      const { gen, it } = cxt;
      const keyValues = [
        errorInstancePath(it, errorPaths),
        errorSchemaPath(cxt, errorPaths)
      ];
      extraErrorProps(cxt, error, keyValues);
      return gen.object(...keyValues);
    }
    function errorInstancePath({ errorPath }, { instancePath }) {
      const instPath = instancePath ? (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(instancePath, util_1.Type.Str)}` : errorPath;
      return [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, instPath)];
    }
    function errorSchemaPath({ keyword, it: { errSchemaPath } }, { schemaPath, parentSchema }) {
      let schPath = parentSchema ? errSchemaPath : (0, codegen_1.str)`${errSchemaPath}/${keyword}`;
      if (schemaPath) {
        schPath = (0, codegen_1.str)`${schPath}${(0, util_1.getErrorPath)(schemaPath, util_1.Type.Str)}`;
      }
      return [E.schemaPath, schPath];
    }
    function extraErrorProps(cxt, { params, message }, keyValues) {
      const { keyword, data, schemaValue, it } = cxt;
      const { opts, propertyName, topSchemaRef, schemaPath } = it;
      keyValues.push([E.keyword, keyword], [E.params, typeof params == "function" ? params(cxt) : params || (0, codegen_1._)`{}`]);
      if (opts.messages) {
        keyValues.push([E.message, typeof message == "function" ? message(cxt) : message]);
      }
      if (opts.verbose) {
        keyValues.push([E.schema, schemaValue], [E.parentSchema, (0, codegen_1._)`${topSchemaRef}${schemaPath}`], [names_1.default.data, data]);
      }
      if (propertyName)
        keyValues.push([E.propertyName, propertyName]);
    }
  }
});

// node_modules/ajv/dist/compile/validate/boolSchema.js
var require_boolSchema = __commonJS({
  "node_modules/ajv/dist/compile/validate/boolSchema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.boolOrEmptySchema = exports.topBoolOrEmptySchema = void 0;
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var boolError = {
      message: "boolean schema is false"
    };
    function topBoolOrEmptySchema(it) {
      const { gen, schema, validateName } = it;
      if (schema === false) {
        falseSchemaError(it, false);
      } else if (typeof schema == "object" && schema.$async === true) {
        gen.return(names_1.default.data);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, null);
        gen.return(true);
      }
    }
    exports.topBoolOrEmptySchema = topBoolOrEmptySchema;
    function boolOrEmptySchema(it, valid) {
      const { gen, schema } = it;
      if (schema === false) {
        gen.var(valid, false);
        falseSchemaError(it);
      } else {
        gen.var(valid, true);
      }
    }
    exports.boolOrEmptySchema = boolOrEmptySchema;
    function falseSchemaError(it, overrideAllErrors) {
      const { gen, data } = it;
      const cxt = {
        gen,
        keyword: "false schema",
        data,
        schema: false,
        schemaCode: false,
        schemaValue: false,
        params: {},
        it
      };
      (0, errors_1.reportError)(cxt, boolError, void 0, overrideAllErrors);
    }
  }
});

// node_modules/ajv/dist/compile/rules.js
var require_rules = __commonJS({
  "node_modules/ajv/dist/compile/rules.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getRules = exports.isJSONType = void 0;
    var _jsonTypes = ["string", "number", "integer", "boolean", "null", "object", "array"];
    var jsonTypes = new Set(_jsonTypes);
    function isJSONType(x) {
      return typeof x == "string" && jsonTypes.has(x);
    }
    exports.isJSONType = isJSONType;
    function getRules() {
      const groups = {
        number: { type: "number", rules: [] },
        string: { type: "string", rules: [] },
        array: { type: "array", rules: [] },
        object: { type: "object", rules: [] }
      };
      return {
        types: { ...groups, integer: true, boolean: true, null: true },
        rules: [{ rules: [] }, groups.number, groups.string, groups.array, groups.object],
        post: { rules: [] },
        all: {},
        keywords: {}
      };
    }
    exports.getRules = getRules;
  }
});

// node_modules/ajv/dist/compile/validate/applicability.js
var require_applicability = __commonJS({
  "node_modules/ajv/dist/compile/validate/applicability.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.shouldUseRule = exports.shouldUseGroup = exports.schemaHasRulesForType = void 0;
    function schemaHasRulesForType({ schema, self }, type) {
      const group = self.RULES.types[type];
      return group && group !== true && shouldUseGroup(schema, group);
    }
    exports.schemaHasRulesForType = schemaHasRulesForType;
    function shouldUseGroup(schema, group) {
      return group.rules.some((rule) => shouldUseRule(schema, rule));
    }
    exports.shouldUseGroup = shouldUseGroup;
    function shouldUseRule(schema, rule) {
      var _a;
      return schema[rule.keyword] !== void 0 || ((_a = rule.definition.implements) === null || _a === void 0 ? void 0 : _a.some((kwd) => schema[kwd] !== void 0));
    }
    exports.shouldUseRule = shouldUseRule;
  }
});

// node_modules/ajv/dist/compile/validate/dataType.js
var require_dataType = __commonJS({
  "node_modules/ajv/dist/compile/validate/dataType.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.reportTypeError = exports.checkDataTypes = exports.checkDataType = exports.coerceAndCheckDataType = exports.getJSONTypes = exports.getSchemaTypes = exports.DataType = void 0;
    var rules_1 = require_rules();
    var applicability_1 = require_applicability();
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var DataType;
    (function(DataType2) {
      DataType2[DataType2["Correct"] = 0] = "Correct";
      DataType2[DataType2["Wrong"] = 1] = "Wrong";
    })(DataType || (exports.DataType = DataType = {}));
    function getSchemaTypes(schema) {
      const types = getJSONTypes(schema.type);
      const hasNull = types.includes("null");
      if (hasNull) {
        if (schema.nullable === false)
          throw new Error("type: null contradicts nullable: false");
      } else {
        if (!types.length && schema.nullable !== void 0) {
          throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema.nullable === true)
          types.push("null");
      }
      return types;
    }
    exports.getSchemaTypes = getSchemaTypes;
    function getJSONTypes(ts) {
      const types = Array.isArray(ts) ? ts : ts ? [ts] : [];
      if (types.every(rules_1.isJSONType))
        return types;
      throw new Error("type must be JSONType or JSONType[]: " + types.join(","));
    }
    exports.getJSONTypes = getJSONTypes;
    function coerceAndCheckDataType(it, types) {
      const { gen, data, opts } = it;
      const coerceTo = coerceToTypes(types, opts.coerceTypes);
      const checkTypes = types.length > 0 && !(coerceTo.length === 0 && types.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types[0]));
      if (checkTypes) {
        const wrongType = checkDataTypes(types, data, opts.strictNumbers, DataType.Wrong);
        gen.if(wrongType, () => {
          if (coerceTo.length)
            coerceData(it, types, coerceTo);
          else
            reportTypeError(it);
        });
      }
      return checkTypes;
    }
    exports.coerceAndCheckDataType = coerceAndCheckDataType;
    var COERCIBLE = /* @__PURE__ */ new Set(["string", "number", "integer", "boolean", "null"]);
    function coerceToTypes(types, coerceTypes) {
      return coerceTypes ? types.filter((t) => COERCIBLE.has(t) || coerceTypes === "array" && t === "array") : [];
    }
    function coerceData(it, types, coerceTo) {
      const { gen, data, opts } = it;
      const dataType = gen.let("dataType", (0, codegen_1._)`typeof ${data}`);
      const coerced = gen.let("coerced", (0, codegen_1._)`undefined`);
      if (opts.coerceTypes === "array") {
        gen.if((0, codegen_1._)`${dataType} == 'object' && Array.isArray(${data}) && ${data}.length == 1`, () => gen.assign(data, (0, codegen_1._)`${data}[0]`).assign(dataType, (0, codegen_1._)`typeof ${data}`).if(checkDataTypes(types, data, opts.strictNumbers), () => gen.assign(coerced, data)));
      }
      gen.if((0, codegen_1._)`${coerced} !== undefined`);
      for (const t of coerceTo) {
        if (COERCIBLE.has(t) || t === "array" && opts.coerceTypes === "array") {
          coerceSpecificType(t);
        }
      }
      gen.else();
      reportTypeError(it);
      gen.endIf();
      gen.if((0, codegen_1._)`${coerced} !== undefined`, () => {
        gen.assign(data, coerced);
        assignParentData(it, coerced);
      });
      function coerceSpecificType(t) {
        switch (t) {
          case "string":
            gen.elseIf((0, codegen_1._)`${dataType} == "number" || ${dataType} == "boolean"`).assign(coerced, (0, codegen_1._)`"" + ${data}`).elseIf((0, codegen_1._)`${data} === null`).assign(coerced, (0, codegen_1._)`""`);
            return;
          case "number":
            gen.elseIf((0, codegen_1._)`${dataType} == "boolean" || ${data} === null
              || (${dataType} == "string" && ${data} && ${data} == +${data})`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "integer":
            gen.elseIf((0, codegen_1._)`${dataType} === "boolean" || ${data} === null
              || (${dataType} === "string" && ${data} && ${data} == +${data} && !(${data} % 1))`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "boolean":
            gen.elseIf((0, codegen_1._)`${data} === "false" || ${data} === 0 || ${data} === null`).assign(coerced, false).elseIf((0, codegen_1._)`${data} === "true" || ${data} === 1`).assign(coerced, true);
            return;
          case "null":
            gen.elseIf((0, codegen_1._)`${data} === "" || ${data} === 0 || ${data} === false`);
            gen.assign(coerced, null);
            return;
          case "array":
            gen.elseIf((0, codegen_1._)`${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data} === null`).assign(coerced, (0, codegen_1._)`[${data}]`);
        }
      }
    }
    function assignParentData({ gen, parentData, parentDataProperty }, expr) {
      gen.if((0, codegen_1._)`${parentData} !== undefined`, () => gen.assign((0, codegen_1._)`${parentData}[${parentDataProperty}]`, expr));
    }
    function checkDataType(dataType, data, strictNums, correct = DataType.Correct) {
      const EQ = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ;
      let cond;
      switch (dataType) {
        case "null":
          return (0, codegen_1._)`${data} ${EQ} null`;
        case "array":
          cond = (0, codegen_1._)`Array.isArray(${data})`;
          break;
        case "object":
          cond = (0, codegen_1._)`${data} && typeof ${data} == "object" && !Array.isArray(${data})`;
          break;
        case "integer":
          cond = numCond((0, codegen_1._)`!(${data} % 1) && !isNaN(${data})`);
          break;
        case "number":
          cond = numCond();
          break;
        default:
          return (0, codegen_1._)`typeof ${data} ${EQ} ${dataType}`;
      }
      return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);
      function numCond(_cond = codegen_1.nil) {
        return (0, codegen_1.and)((0, codegen_1._)`typeof ${data} == "number"`, _cond, strictNums ? (0, codegen_1._)`isFinite(${data})` : codegen_1.nil);
      }
    }
    exports.checkDataType = checkDataType;
    function checkDataTypes(dataTypes, data, strictNums, correct) {
      if (dataTypes.length === 1) {
        return checkDataType(dataTypes[0], data, strictNums, correct);
      }
      let cond;
      const types = (0, util_1.toHash)(dataTypes);
      if (types.array && types.object) {
        const notObj = (0, codegen_1._)`typeof ${data} != "object"`;
        cond = types.null ? notObj : (0, codegen_1._)`!${data} || ${notObj}`;
        delete types.null;
        delete types.array;
        delete types.object;
      } else {
        cond = codegen_1.nil;
      }
      if (types.number)
        delete types.integer;
      for (const t in types)
        cond = (0, codegen_1.and)(cond, checkDataType(t, data, strictNums, correct));
      return cond;
    }
    exports.checkDataTypes = checkDataTypes;
    var typeError = {
      message: ({ schema }) => `must be ${schema}`,
      params: ({ schema, schemaValue }) => typeof schema == "string" ? (0, codegen_1._)`{type: ${schema}}` : (0, codegen_1._)`{type: ${schemaValue}}`
    };
    function reportTypeError(it) {
      const cxt = getTypeErrorContext(it);
      (0, errors_1.reportError)(cxt, typeError);
    }
    exports.reportTypeError = reportTypeError;
    function getTypeErrorContext(it) {
      const { gen, data, schema } = it;
      const schemaCode = (0, util_1.schemaRefOrVal)(it, schema, "type");
      return {
        gen,
        keyword: "type",
        data,
        schema: schema.type,
        schemaCode,
        schemaValue: schemaCode,
        parentSchema: schema,
        params: {},
        it
      };
    }
  }
});

// node_modules/ajv/dist/compile/validate/defaults.js
var require_defaults = __commonJS({
  "node_modules/ajv/dist/compile/validate/defaults.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.assignDefaults = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function assignDefaults(it, ty) {
      const { properties, items } = it.schema;
      if (ty === "object" && properties) {
        for (const key in properties) {
          assignDefault(it, key, properties[key].default);
        }
      } else if (ty === "array" && Array.isArray(items)) {
        items.forEach((sch, i) => assignDefault(it, i, sch.default));
      }
    }
    exports.assignDefaults = assignDefaults;
    function assignDefault(it, prop, defaultValue) {
      const { gen, compositeRule, data, opts } = it;
      if (defaultValue === void 0)
        return;
      const childData = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(prop)}`;
      if (compositeRule) {
        (0, util_1.checkStrictMode)(it, `default is ignored for: ${childData}`);
        return;
      }
      let condition = (0, codegen_1._)`${childData} === undefined`;
      if (opts.useDefaults === "empty") {
        condition = (0, codegen_1._)`${condition} || ${childData} === null || ${childData} === ""`;
      }
      gen.if(condition, (0, codegen_1._)`${childData} = ${(0, codegen_1.stringify)(defaultValue)}`);
    }
  }
});

// node_modules/ajv/dist/vocabularies/code.js
var require_code2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateUnion = exports.validateArray = exports.usePattern = exports.callValidateCode = exports.schemaProperties = exports.allSchemaProperties = exports.noPropertyInData = exports.propertyInData = exports.isOwnProperty = exports.hasPropFunc = exports.reportMissingProp = exports.checkMissingProp = exports.checkReportMissingProp = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var util_2 = require_util();
    function checkReportMissingProp(cxt, prop) {
      const { gen, data, it } = cxt;
      gen.if(noPropertyInData(gen, data, prop, it.opts.ownProperties), () => {
        cxt.setParams({ missingProperty: (0, codegen_1._)`${prop}` }, true);
        cxt.error();
      });
    }
    exports.checkReportMissingProp = checkReportMissingProp;
    function checkMissingProp({ gen, data, it: { opts } }, properties, missing) {
      return (0, codegen_1.or)(...properties.map((prop) => (0, codegen_1.and)(noPropertyInData(gen, data, prop, opts.ownProperties), (0, codegen_1._)`${missing} = ${prop}`)));
    }
    exports.checkMissingProp = checkMissingProp;
    function reportMissingProp(cxt, missing) {
      cxt.setParams({ missingProperty: missing }, true);
      cxt.error();
    }
    exports.reportMissingProp = reportMissingProp;
    function hasPropFunc(gen) {
      return gen.scopeValue("func", {
        // eslint-disable-next-line @typescript-eslint/unbound-method
        ref: Object.prototype.hasOwnProperty,
        code: (0, codegen_1._)`Object.prototype.hasOwnProperty`
      });
    }
    exports.hasPropFunc = hasPropFunc;
    function isOwnProperty(gen, data, property) {
      return (0, codegen_1._)`${hasPropFunc(gen)}.call(${data}, ${property})`;
    }
    exports.isOwnProperty = isOwnProperty;
    function propertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} !== undefined`;
      return ownProperties ? (0, codegen_1._)`${cond} && ${isOwnProperty(gen, data, property)}` : cond;
    }
    exports.propertyInData = propertyInData;
    function noPropertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} === undefined`;
      return ownProperties ? (0, codegen_1.or)(cond, (0, codegen_1.not)(isOwnProperty(gen, data, property))) : cond;
    }
    exports.noPropertyInData = noPropertyInData;
    function allSchemaProperties(schemaMap) {
      return schemaMap ? Object.keys(schemaMap).filter((p) => p !== "__proto__") : [];
    }
    exports.allSchemaProperties = allSchemaProperties;
    function schemaProperties(it, schemaMap) {
      return allSchemaProperties(schemaMap).filter((p) => !(0, util_1.alwaysValidSchema)(it, schemaMap[p]));
    }
    exports.schemaProperties = schemaProperties;
    function callValidateCode({ schemaCode, data, it: { gen, topSchemaRef, schemaPath, errorPath }, it }, func, context, passSchema) {
      const dataAndSchema = passSchema ? (0, codegen_1._)`${schemaCode}, ${data}, ${topSchemaRef}${schemaPath}` : data;
      const valCxt = [
        [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, errorPath)],
        [names_1.default.parentData, it.parentData],
        [names_1.default.parentDataProperty, it.parentDataProperty],
        [names_1.default.rootData, names_1.default.rootData]
      ];
      if (it.opts.dynamicRef)
        valCxt.push([names_1.default.dynamicAnchors, names_1.default.dynamicAnchors]);
      const args = (0, codegen_1._)`${dataAndSchema}, ${gen.object(...valCxt)}`;
      return context !== codegen_1.nil ? (0, codegen_1._)`${func}.call(${context}, ${args})` : (0, codegen_1._)`${func}(${args})`;
    }
    exports.callValidateCode = callValidateCode;
    var newRegExp = (0, codegen_1._)`new RegExp`;
    function usePattern({ gen, it: { opts } }, pattern) {
      const u = opts.unicodeRegExp ? "u" : "";
      const { regExp } = opts.code;
      const rx = regExp(pattern, u);
      return gen.scopeValue("pattern", {
        key: rx.toString(),
        ref: rx,
        code: (0, codegen_1._)`${regExp.code === "new RegExp" ? newRegExp : (0, util_2.useFunc)(gen, regExp)}(${pattern}, ${u})`
      });
    }
    exports.usePattern = usePattern;
    function validateArray(cxt) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      if (it.allErrors) {
        const validArr = gen.let("valid", true);
        validateItems(() => gen.assign(validArr, false));
        return validArr;
      }
      gen.var(valid, true);
      validateItems(() => gen.break());
      return valid;
      function validateItems(notValid) {
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        gen.forRange("i", 0, len, (i) => {
          cxt.subschema({
            keyword,
            dataProp: i,
            dataPropType: util_1.Type.Num
          }, valid);
          gen.if((0, codegen_1.not)(valid), notValid);
        });
      }
    }
    exports.validateArray = validateArray;
    function validateUnion(cxt) {
      const { gen, schema, keyword, it } = cxt;
      if (!Array.isArray(schema))
        throw new Error("ajv implementation error");
      const alwaysValid = schema.some((sch) => (0, util_1.alwaysValidSchema)(it, sch));
      if (alwaysValid && !it.opts.unevaluated)
        return;
      const valid = gen.let("valid", false);
      const schValid = gen.name("_valid");
      gen.block(() => schema.forEach((_sch, i) => {
        const schCxt = cxt.subschema({
          keyword,
          schemaProp: i,
          compositeRule: true
        }, schValid);
        gen.assign(valid, (0, codegen_1._)`${valid} || ${schValid}`);
        const merged = cxt.mergeValidEvaluated(schCxt, schValid);
        if (!merged)
          gen.if((0, codegen_1.not)(valid));
      }));
      cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
    }
    exports.validateUnion = validateUnion;
  }
});

// node_modules/ajv/dist/compile/validate/keyword.js
var require_keyword = __commonJS({
  "node_modules/ajv/dist/compile/validate/keyword.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateKeywordUsage = exports.validSchemaType = exports.funcKeywordCode = exports.macroKeywordCode = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var code_1 = require_code2();
    var errors_1 = require_errors();
    function macroKeywordCode(cxt, def) {
      const { gen, keyword, schema, parentSchema, it } = cxt;
      const macroSchema = def.macro.call(it.self, schema, parentSchema, it);
      const schemaRef = useKeyword(gen, keyword, macroSchema);
      if (it.opts.validateSchema !== false)
        it.self.validateSchema(macroSchema, true);
      const valid = gen.name("valid");
      cxt.subschema({
        schema: macroSchema,
        schemaPath: codegen_1.nil,
        errSchemaPath: `${it.errSchemaPath}/${keyword}`,
        topSchemaRef: schemaRef,
        compositeRule: true
      }, valid);
      cxt.pass(valid, () => cxt.error(true));
    }
    exports.macroKeywordCode = macroKeywordCode;
    function funcKeywordCode(cxt, def) {
      var _a;
      const { gen, keyword, schema, parentSchema, $data, it } = cxt;
      checkAsyncKeyword(it, def);
      const validate = !$data && def.compile ? def.compile.call(it.self, schema, parentSchema, it) : def.validate;
      const validateRef = useKeyword(gen, keyword, validate);
      const valid = gen.let("valid");
      cxt.block$data(valid, validateKeyword);
      cxt.ok((_a = def.valid) !== null && _a !== void 0 ? _a : valid);
      function validateKeyword() {
        if (def.errors === false) {
          assignValid();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => cxt.error());
        } else {
          const ruleErrs = def.async ? validateAsync() : validateSync();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => addErrs(cxt, ruleErrs));
        }
      }
      function validateAsync() {
        const ruleErrs = gen.let("ruleErrs", null);
        gen.try(() => assignValid((0, codegen_1._)`await `), (e) => gen.assign(valid, false).if((0, codegen_1._)`${e} instanceof ${it.ValidationError}`, () => gen.assign(ruleErrs, (0, codegen_1._)`${e}.errors`), () => gen.throw(e)));
        return ruleErrs;
      }
      function validateSync() {
        const validateErrs = (0, codegen_1._)`${validateRef}.errors`;
        gen.assign(validateErrs, null);
        assignValid(codegen_1.nil);
        return validateErrs;
      }
      function assignValid(_await = def.async ? (0, codegen_1._)`await ` : codegen_1.nil) {
        const passCxt = it.opts.passContext ? names_1.default.this : names_1.default.self;
        const passSchema = !("compile" in def && !$data || def.schema === false);
        gen.assign(valid, (0, codegen_1._)`${_await}${(0, code_1.callValidateCode)(cxt, validateRef, passCxt, passSchema)}`, def.modifying);
      }
      function reportErrs(errors) {
        var _a2;
        gen.if((0, codegen_1.not)((_a2 = def.valid) !== null && _a2 !== void 0 ? _a2 : valid), errors);
      }
    }
    exports.funcKeywordCode = funcKeywordCode;
    function modifyData(cxt) {
      const { gen, data, it } = cxt;
      gen.if(it.parentData, () => gen.assign(data, (0, codegen_1._)`${it.parentData}[${it.parentDataProperty}]`));
    }
    function addErrs(cxt, errs) {
      const { gen } = cxt;
      gen.if((0, codegen_1._)`Array.isArray(${errs})`, () => {
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`).assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
        (0, errors_1.extendErrors)(cxt);
      }, () => cxt.error());
    }
    function checkAsyncKeyword({ schemaEnv }, def) {
      if (def.async && !schemaEnv.$async)
        throw new Error("async keyword in sync schema");
    }
    function useKeyword(gen, keyword, result) {
      if (result === void 0)
        throw new Error(`keyword "${keyword}" failed to compile`);
      return gen.scopeValue("keyword", typeof result == "function" ? { ref: result } : { ref: result, code: (0, codegen_1.stringify)(result) });
    }
    function validSchemaType(schema, schemaType, allowUndefined = false) {
      return !schemaType.length || schemaType.some((st) => st === "array" ? Array.isArray(schema) : st === "object" ? schema && typeof schema == "object" && !Array.isArray(schema) : typeof schema == st || allowUndefined && typeof schema == "undefined");
    }
    exports.validSchemaType = validSchemaType;
    function validateKeywordUsage({ schema, opts, self, errSchemaPath }, def, keyword) {
      if (Array.isArray(def.keyword) ? !def.keyword.includes(keyword) : def.keyword !== keyword) {
        throw new Error("ajv implementation error");
      }
      const deps = def.dependencies;
      if (deps === null || deps === void 0 ? void 0 : deps.some((kwd) => !Object.prototype.hasOwnProperty.call(schema, kwd))) {
        throw new Error(`parent schema must have dependencies of ${keyword}: ${deps.join(",")}`);
      }
      if (def.validateSchema) {
        const valid = def.validateSchema(schema[keyword]);
        if (!valid) {
          const msg = `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` + self.errorsText(def.validateSchema.errors);
          if (opts.validateSchema === "log")
            self.logger.error(msg);
          else
            throw new Error(msg);
        }
      }
    }
    exports.validateKeywordUsage = validateKeywordUsage;
  }
});

// node_modules/ajv/dist/compile/validate/subschema.js
var require_subschema = __commonJS({
  "node_modules/ajv/dist/compile/validate/subschema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendSubschemaMode = exports.extendSubschemaData = exports.getSubschema = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function getSubschema(it, { keyword, schemaProp, schema, schemaPath, errSchemaPath, topSchemaRef }) {
      if (keyword !== void 0 && schema !== void 0) {
        throw new Error('both "keyword" and "schema" passed, only one allowed');
      }
      if (keyword !== void 0) {
        const sch = it.schema[keyword];
        return schemaProp === void 0 ? {
          schema: sch,
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}`
        } : {
          schema: sch[schemaProp],
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}${(0, codegen_1.getProperty)(schemaProp)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}/${(0, util_1.escapeFragment)(schemaProp)}`
        };
      }
      if (schema !== void 0) {
        if (schemaPath === void 0 || errSchemaPath === void 0 || topSchemaRef === void 0) {
          throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
          schema,
          schemaPath,
          topSchemaRef,
          errSchemaPath
        };
      }
      throw new Error('either "keyword" or "schema" must be passed');
    }
    exports.getSubschema = getSubschema;
    function extendSubschemaData(subschema, it, { dataProp, dataPropType: dpType, data, dataTypes, propertyName }) {
      if (data !== void 0 && dataProp !== void 0) {
        throw new Error('both "data" and "dataProp" passed, only one allowed');
      }
      const { gen } = it;
      if (dataProp !== void 0) {
        const { errorPath, dataPathArr, opts } = it;
        const nextData = gen.let("data", (0, codegen_1._)`${it.data}${(0, codegen_1.getProperty)(dataProp)}`, true);
        dataContextProps(nextData);
        subschema.errorPath = (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(dataProp, dpType, opts.jsPropertySyntax)}`;
        subschema.parentDataProperty = (0, codegen_1._)`${dataProp}`;
        subschema.dataPathArr = [...dataPathArr, subschema.parentDataProperty];
      }
      if (data !== void 0) {
        const nextData = data instanceof codegen_1.Name ? data : gen.let("data", data, true);
        dataContextProps(nextData);
        if (propertyName !== void 0)
          subschema.propertyName = propertyName;
      }
      if (dataTypes)
        subschema.dataTypes = dataTypes;
      function dataContextProps(_nextData) {
        subschema.data = _nextData;
        subschema.dataLevel = it.dataLevel + 1;
        subschema.dataTypes = [];
        it.definedProperties = /* @__PURE__ */ new Set();
        subschema.parentData = it.data;
        subschema.dataNames = [...it.dataNames, _nextData];
      }
    }
    exports.extendSubschemaData = extendSubschemaData;
    function extendSubschemaMode(subschema, { jtdDiscriminator, jtdMetadata, compositeRule, createErrors, allErrors }) {
      if (compositeRule !== void 0)
        subschema.compositeRule = compositeRule;
      if (createErrors !== void 0)
        subschema.createErrors = createErrors;
      if (allErrors !== void 0)
        subschema.allErrors = allErrors;
      subschema.jtdDiscriminator = jtdDiscriminator;
      subschema.jtdMetadata = jtdMetadata;
    }
    exports.extendSubschemaMode = extendSubschemaMode;
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/json-schema-traverse/index.js
var require_json_schema_traverse = __commonJS({
  "node_modules/json-schema-traverse/index.js"(exports, module) {
    "use strict";
    var traverse = module.exports = function(schema, opts, cb) {
      if (typeof opts == "function") {
        cb = opts;
        opts = {};
      }
      cb = opts.cb || cb;
      var pre = typeof cb == "function" ? cb : cb.pre || function() {
      };
      var post = cb.post || function() {
      };
      _traverse(opts, pre, post, schema, "", schema);
    };
    traverse.keywords = {
      additionalItems: true,
      items: true,
      contains: true,
      additionalProperties: true,
      propertyNames: true,
      not: true,
      if: true,
      then: true,
      else: true
    };
    traverse.arrayKeywords = {
      items: true,
      allOf: true,
      anyOf: true,
      oneOf: true
    };
    traverse.propsKeywords = {
      $defs: true,
      definitions: true,
      properties: true,
      patternProperties: true,
      dependencies: true
    };
    traverse.skipKeywords = {
      default: true,
      enum: true,
      const: true,
      required: true,
      maximum: true,
      minimum: true,
      exclusiveMaximum: true,
      exclusiveMinimum: true,
      multipleOf: true,
      maxLength: true,
      minLength: true,
      pattern: true,
      format: true,
      maxItems: true,
      minItems: true,
      uniqueItems: true,
      maxProperties: true,
      minProperties: true
    };
    function _traverse(opts, pre, post, schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex) {
      if (schema && typeof schema == "object" && !Array.isArray(schema)) {
        pre(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
        for (var key in schema) {
          var sch = schema[key];
          if (Array.isArray(sch)) {
            if (key in traverse.arrayKeywords) {
              for (var i = 0; i < sch.length; i++)
                _traverse(opts, pre, post, sch[i], jsonPtr + "/" + key + "/" + i, rootSchema, jsonPtr, key, schema, i);
            }
          } else if (key in traverse.propsKeywords) {
            if (sch && typeof sch == "object") {
              for (var prop in sch)
                _traverse(opts, pre, post, sch[prop], jsonPtr + "/" + key + "/" + escapeJsonPtr(prop), rootSchema, jsonPtr, key, schema, prop);
            }
          } else if (key in traverse.keywords || opts.allKeys && !(key in traverse.skipKeywords)) {
            _traverse(opts, pre, post, sch, jsonPtr + "/" + key, rootSchema, jsonPtr, key, schema);
          }
        }
        post(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
      }
    }
    function escapeJsonPtr(str2) {
      return str2.replace(/~/g, "~0").replace(/\//g, "~1");
    }
  }
});

// node_modules/ajv/dist/compile/resolve.js
var require_resolve = __commonJS({
  "node_modules/ajv/dist/compile/resolve.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getSchemaRefs = exports.resolveUrl = exports.normalizeId = exports._getFullPath = exports.getFullPath = exports.inlineRef = void 0;
    var util_1 = require_util();
    var equal = require_fast_deep_equal();
    var traverse = require_json_schema_traverse();
    var SIMPLE_INLINED = /* @__PURE__ */ new Set([
      "type",
      "format",
      "pattern",
      "maxLength",
      "minLength",
      "maxProperties",
      "minProperties",
      "maxItems",
      "minItems",
      "maximum",
      "minimum",
      "uniqueItems",
      "multipleOf",
      "required",
      "enum",
      "const"
    ]);
    function inlineRef(schema, limit = true) {
      if (typeof schema == "boolean")
        return true;
      if (limit === true)
        return !hasRef(schema);
      if (!limit)
        return false;
      return countKeys(schema) <= limit;
    }
    exports.inlineRef = inlineRef;
    var REF_KEYWORDS = /* @__PURE__ */ new Set([
      "$ref",
      "$recursiveRef",
      "$recursiveAnchor",
      "$dynamicRef",
      "$dynamicAnchor"
    ]);
    function hasRef(schema) {
      for (const key in schema) {
        if (REF_KEYWORDS.has(key))
          return true;
        const sch = schema[key];
        if (Array.isArray(sch) && sch.some(hasRef))
          return true;
        if (typeof sch == "object" && hasRef(sch))
          return true;
      }
      return false;
    }
    function countKeys(schema) {
      let count = 0;
      for (const key in schema) {
        if (key === "$ref")
          return Infinity;
        count++;
        if (SIMPLE_INLINED.has(key))
          continue;
        if (typeof schema[key] == "object") {
          (0, util_1.eachItem)(schema[key], (sch) => count += countKeys(sch));
        }
        if (count === Infinity)
          return Infinity;
      }
      return count;
    }
    function getFullPath(resolver, id = "", normalize) {
      if (normalize !== false)
        id = normalizeId(id);
      const p = resolver.parse(id);
      return _getFullPath(resolver, p);
    }
    exports.getFullPath = getFullPath;
    function _getFullPath(resolver, p) {
      const serialized = resolver.serialize(p);
      return serialized.split("#")[0] + "#";
    }
    exports._getFullPath = _getFullPath;
    var TRAILING_SLASH_HASH = /#\/?$/;
    function normalizeId(id) {
      return id ? id.replace(TRAILING_SLASH_HASH, "") : "";
    }
    exports.normalizeId = normalizeId;
    function resolveUrl(resolver, baseId, id) {
      id = normalizeId(id);
      return resolver.resolve(baseId, id);
    }
    exports.resolveUrl = resolveUrl;
    var ANCHOR = /^[a-z_][-a-z0-9._]*$/i;
    function getSchemaRefs(schema, baseId) {
      if (typeof schema == "boolean")
        return {};
      const { schemaId, uriResolver } = this.opts;
      const schId = normalizeId(schema[schemaId] || baseId);
      const baseIds = { "": schId };
      const pathPrefix = getFullPath(uriResolver, schId, false);
      const localRefs = {};
      const schemaRefs = /* @__PURE__ */ new Set();
      traverse(schema, { allKeys: true }, (sch, jsonPtr, _, parentJsonPtr) => {
        if (parentJsonPtr === void 0)
          return;
        const fullPath = pathPrefix + jsonPtr;
        let innerBaseId = baseIds[parentJsonPtr];
        if (typeof sch[schemaId] == "string")
          innerBaseId = addRef.call(this, sch[schemaId]);
        addAnchor.call(this, sch.$anchor);
        addAnchor.call(this, sch.$dynamicAnchor);
        baseIds[jsonPtr] = innerBaseId;
        function addRef(ref) {
          const _resolve = this.opts.uriResolver.resolve;
          ref = normalizeId(innerBaseId ? _resolve(innerBaseId, ref) : ref);
          if (schemaRefs.has(ref))
            throw ambiguos(ref);
          schemaRefs.add(ref);
          let schOrRef = this.refs[ref];
          if (typeof schOrRef == "string")
            schOrRef = this.refs[schOrRef];
          if (typeof schOrRef == "object") {
            checkAmbiguosRef(sch, schOrRef.schema, ref);
          } else if (ref !== normalizeId(fullPath)) {
            if (ref[0] === "#") {
              checkAmbiguosRef(sch, localRefs[ref], ref);
              localRefs[ref] = sch;
            } else {
              this.refs[ref] = fullPath;
            }
          }
          return ref;
        }
        function addAnchor(anchor) {
          if (typeof anchor == "string") {
            if (!ANCHOR.test(anchor))
              throw new Error(`invalid anchor "${anchor}"`);
            addRef.call(this, `#${anchor}`);
          }
        }
      });
      return localRefs;
      function checkAmbiguosRef(sch1, sch2, ref) {
        if (sch2 !== void 0 && !equal(sch1, sch2))
          throw ambiguos(ref);
      }
      function ambiguos(ref) {
        return new Error(`reference "${ref}" resolves to more than one schema`);
      }
    }
    exports.getSchemaRefs = getSchemaRefs;
  }
});

// node_modules/ajv/dist/compile/validate/index.js
var require_validate = __commonJS({
  "node_modules/ajv/dist/compile/validate/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getData = exports.KeywordCxt = exports.validateFunctionCode = void 0;
    var boolSchema_1 = require_boolSchema();
    var dataType_1 = require_dataType();
    var applicability_1 = require_applicability();
    var dataType_2 = require_dataType();
    var defaults_1 = require_defaults();
    var keyword_1 = require_keyword();
    var subschema_1 = require_subschema();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var errors_1 = require_errors();
    function validateFunctionCode(it) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          topSchemaObjCode(it);
          return;
        }
      }
      validateFunction(it, () => (0, boolSchema_1.topBoolOrEmptySchema)(it));
    }
    exports.validateFunctionCode = validateFunctionCode;
    function validateFunction({ gen, validateName, schema, schemaEnv, opts }, body) {
      if (opts.code.es5) {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
          gen.code((0, codegen_1._)`"use strict"; ${funcSourceUrl(schema, opts)}`);
          destructureValCxtES5(gen, opts);
          gen.code(body);
        });
      } else {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema, opts)).code(body));
      }
    }
    function destructureValCxt(opts) {
      return (0, codegen_1._)`{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts.dynamicRef ? (0, codegen_1._)`, ${names_1.default.dynamicAnchors}={}` : codegen_1.nil}}={}`;
    }
    function destructureValCxtES5(gen, opts) {
      gen.if(names_1.default.valCxt, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.instancePath}`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentData}`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentDataProperty}`);
        gen.var(names_1.default.rootData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.rootData}`);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`);
      }, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`""`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.rootData, names_1.default.data);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`{}`);
      });
    }
    function topSchemaObjCode(it) {
      const { schema, opts, gen } = it;
      validateFunction(it, () => {
        if (opts.$comment && schema.$comment)
          commentKeyword(it);
        checkNoDefault(it);
        gen.let(names_1.default.vErrors, null);
        gen.let(names_1.default.errors, 0);
        if (opts.unevaluated)
          resetEvaluated(it);
        typeAndKeywords(it);
        returnResults(it);
      });
      return;
    }
    function resetEvaluated(it) {
      const { gen, validateName } = it;
      it.evaluated = gen.const("evaluated", (0, codegen_1._)`${validateName}.evaluated`);
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicProps`, () => gen.assign((0, codegen_1._)`${it.evaluated}.props`, (0, codegen_1._)`undefined`));
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicItems`, () => gen.assign((0, codegen_1._)`${it.evaluated}.items`, (0, codegen_1._)`undefined`));
    }
    function funcSourceUrl(schema, opts) {
      const schId = typeof schema == "object" && schema[opts.schemaId];
      return schId && (opts.code.source || opts.code.process) ? (0, codegen_1._)`/*# sourceURL=${schId} */` : codegen_1.nil;
    }
    function subschemaCode(it, valid) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          subSchemaObjCode(it, valid);
          return;
        }
      }
      (0, boolSchema_1.boolOrEmptySchema)(it, valid);
    }
    function schemaCxtHasRules({ schema, self }) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (self.RULES.all[key])
          return true;
      return false;
    }
    function isSchemaObj(it) {
      return typeof it.schema != "boolean";
    }
    function subSchemaObjCode(it, valid) {
      const { schema, gen, opts } = it;
      if (opts.$comment && schema.$comment)
        commentKeyword(it);
      updateContext(it);
      checkAsyncSchema(it);
      const errsCount = gen.const("_errs", names_1.default.errors);
      typeAndKeywords(it, errsCount);
      gen.var(valid, (0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
    }
    function checkKeywords(it) {
      (0, util_1.checkUnknownRules)(it);
      checkRefsAndKeywords(it);
    }
    function typeAndKeywords(it, errsCount) {
      if (it.opts.jtd)
        return schemaKeywords(it, [], false, errsCount);
      const types = (0, dataType_1.getSchemaTypes)(it.schema);
      const checkedTypes = (0, dataType_1.coerceAndCheckDataType)(it, types);
      schemaKeywords(it, types, !checkedTypes, errsCount);
    }
    function checkRefsAndKeywords(it) {
      const { schema, errSchemaPath, opts, self } = it;
      if (schema.$ref && opts.ignoreKeywordsWithRef && (0, util_1.schemaHasRulesButRef)(schema, self.RULES)) {
        self.logger.warn(`$ref: keywords ignored in schema at path "${errSchemaPath}"`);
      }
    }
    function checkNoDefault(it) {
      const { schema, opts } = it;
      if (schema.default !== void 0 && opts.useDefaults && opts.strictSchema) {
        (0, util_1.checkStrictMode)(it, "default is ignored in the schema root");
      }
    }
    function updateContext(it) {
      const schId = it.schema[it.opts.schemaId];
      if (schId)
        it.baseId = (0, resolve_1.resolveUrl)(it.opts.uriResolver, it.baseId, schId);
    }
    function checkAsyncSchema(it) {
      if (it.schema.$async && !it.schemaEnv.$async)
        throw new Error("async schema in sync schema");
    }
    function commentKeyword({ gen, schemaEnv, schema, errSchemaPath, opts }) {
      const msg = schema.$comment;
      if (opts.$comment === true) {
        gen.code((0, codegen_1._)`${names_1.default.self}.logger.log(${msg})`);
      } else if (typeof opts.$comment == "function") {
        const schemaPath = (0, codegen_1.str)`${errSchemaPath}/$comment`;
        const rootName = gen.scopeValue("root", { ref: schemaEnv.root });
        gen.code((0, codegen_1._)`${names_1.default.self}.opts.$comment(${msg}, ${schemaPath}, ${rootName}.schema)`);
      }
    }
    function returnResults(it) {
      const { gen, schemaEnv, validateName, ValidationError, opts } = it;
      if (schemaEnv.$async) {
        gen.if((0, codegen_1._)`${names_1.default.errors} === 0`, () => gen.return(names_1.default.data), () => gen.throw((0, codegen_1._)`new ${ValidationError}(${names_1.default.vErrors})`));
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, names_1.default.vErrors);
        if (opts.unevaluated)
          assignEvaluated(it);
        gen.return((0, codegen_1._)`${names_1.default.errors} === 0`);
      }
    }
    function assignEvaluated({ gen, evaluated, props, items }) {
      if (props instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.props`, props);
      if (items instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.items`, items);
    }
    function schemaKeywords(it, types, typeErrors, errsCount) {
      const { gen, schema, data, allErrors, opts, self } = it;
      const { RULES } = self;
      if (schema.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema, RULES))) {
        gen.block(() => keywordCode(it, "$ref", RULES.all.$ref.definition));
        return;
      }
      if (!opts.jtd)
        checkStrictTypes(it, types);
      gen.block(() => {
        for (const group of RULES.rules)
          groupKeywords(group);
        groupKeywords(RULES.post);
      });
      function groupKeywords(group) {
        if (!(0, applicability_1.shouldUseGroup)(schema, group))
          return;
        if (group.type) {
          gen.if((0, dataType_2.checkDataType)(group.type, data, opts.strictNumbers));
          iterateKeywords(it, group);
          if (types.length === 1 && types[0] === group.type && typeErrors) {
            gen.else();
            (0, dataType_2.reportTypeError)(it);
          }
          gen.endIf();
        } else {
          iterateKeywords(it, group);
        }
        if (!allErrors)
          gen.if((0, codegen_1._)`${names_1.default.errors} === ${errsCount || 0}`);
      }
    }
    function iterateKeywords(it, group) {
      const { gen, schema, opts: { useDefaults } } = it;
      if (useDefaults)
        (0, defaults_1.assignDefaults)(it, group.type);
      gen.block(() => {
        for (const rule of group.rules) {
          if ((0, applicability_1.shouldUseRule)(schema, rule)) {
            keywordCode(it, rule.keyword, rule.definition, group.type);
          }
        }
      });
    }
    function checkStrictTypes(it, types) {
      if (it.schemaEnv.meta || !it.opts.strictTypes)
        return;
      checkContextTypes(it, types);
      if (!it.opts.allowUnionTypes)
        checkMultipleTypes(it, types);
      checkKeywordTypes(it, it.dataTypes);
    }
    function checkContextTypes(it, types) {
      if (!types.length)
        return;
      if (!it.dataTypes.length) {
        it.dataTypes = types;
        return;
      }
      types.forEach((t) => {
        if (!includesType(it.dataTypes, t)) {
          strictTypesError(it, `type "${t}" not allowed by context "${it.dataTypes.join(",")}"`);
        }
      });
      narrowSchemaTypes(it, types);
    }
    function checkMultipleTypes(it, ts) {
      if (ts.length > 1 && !(ts.length === 2 && ts.includes("null"))) {
        strictTypesError(it, "use allowUnionTypes to allow union type keyword");
      }
    }
    function checkKeywordTypes(it, ts) {
      const rules = it.self.RULES.all;
      for (const keyword in rules) {
        const rule = rules[keyword];
        if (typeof rule == "object" && (0, applicability_1.shouldUseRule)(it.schema, rule)) {
          const { type } = rule.definition;
          if (type.length && !type.some((t) => hasApplicableType(ts, t))) {
            strictTypesError(it, `missing type "${type.join(",")}" for keyword "${keyword}"`);
          }
        }
      }
    }
    function hasApplicableType(schTs, kwdT) {
      return schTs.includes(kwdT) || kwdT === "number" && schTs.includes("integer");
    }
    function includesType(ts, t) {
      return ts.includes(t) || t === "integer" && ts.includes("number");
    }
    function narrowSchemaTypes(it, withTypes) {
      const ts = [];
      for (const t of it.dataTypes) {
        if (includesType(withTypes, t))
          ts.push(t);
        else if (withTypes.includes("integer") && t === "number")
          ts.push("integer");
      }
      it.dataTypes = ts;
    }
    function strictTypesError(it, msg) {
      const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
      msg += ` at "${schemaPath}" (strictTypes)`;
      (0, util_1.checkStrictMode)(it, msg, it.opts.strictTypes);
    }
    var KeywordCxt = class {
      constructor(it, def, keyword) {
        (0, keyword_1.validateKeywordUsage)(it, def, keyword);
        this.gen = it.gen;
        this.allErrors = it.allErrors;
        this.keyword = keyword;
        this.data = it.data;
        this.schema = it.schema[keyword];
        this.$data = def.$data && it.opts.$data && this.schema && this.schema.$data;
        this.schemaValue = (0, util_1.schemaRefOrVal)(it, this.schema, keyword, this.$data);
        this.schemaType = def.schemaType;
        this.parentSchema = it.schema;
        this.params = {};
        this.it = it;
        this.def = def;
        if (this.$data) {
          this.schemaCode = it.gen.const("vSchema", getData(this.$data, it));
        } else {
          this.schemaCode = this.schemaValue;
          if (!(0, keyword_1.validSchemaType)(this.schema, def.schemaType, def.allowUndefined)) {
            throw new Error(`${keyword} value must be ${JSON.stringify(def.schemaType)}`);
          }
        }
        if ("code" in def ? def.trackErrors : def.errors !== false) {
          this.errsCount = it.gen.const("_errs", names_1.default.errors);
        }
      }
      result(condition, successAction, failAction) {
        this.failResult((0, codegen_1.not)(condition), successAction, failAction);
      }
      failResult(condition, successAction, failAction) {
        this.gen.if(condition);
        if (failAction)
          failAction();
        else
          this.error();
        if (successAction) {
          this.gen.else();
          successAction();
          if (this.allErrors)
            this.gen.endIf();
        } else {
          if (this.allErrors)
            this.gen.endIf();
          else
            this.gen.else();
        }
      }
      pass(condition, failAction) {
        this.failResult((0, codegen_1.not)(condition), void 0, failAction);
      }
      fail(condition) {
        if (condition === void 0) {
          this.error();
          if (!this.allErrors)
            this.gen.if(false);
          return;
        }
        this.gen.if(condition);
        this.error();
        if (this.allErrors)
          this.gen.endIf();
        else
          this.gen.else();
      }
      fail$data(condition) {
        if (!this.$data)
          return this.fail(condition);
        const { schemaCode } = this;
        this.fail((0, codegen_1._)`${schemaCode} !== undefined && (${(0, codegen_1.or)(this.invalid$data(), condition)})`);
      }
      error(append, errorParams, errorPaths) {
        if (errorParams) {
          this.setParams(errorParams);
          this._error(append, errorPaths);
          this.setParams({});
          return;
        }
        this._error(append, errorPaths);
      }
      _error(append, errorPaths) {
        ;
        (append ? errors_1.reportExtraError : errors_1.reportError)(this, this.def.error, errorPaths);
      }
      $dataError() {
        (0, errors_1.reportError)(this, this.def.$dataError || errors_1.keyword$DataError);
      }
      reset() {
        if (this.errsCount === void 0)
          throw new Error('add "trackErrors" to keyword definition');
        (0, errors_1.resetErrorsCount)(this.gen, this.errsCount);
      }
      ok(cond) {
        if (!this.allErrors)
          this.gen.if(cond);
      }
      setParams(obj, assign) {
        if (assign)
          Object.assign(this.params, obj);
        else
          this.params = obj;
      }
      block$data(valid, codeBlock, $dataValid = codegen_1.nil) {
        this.gen.block(() => {
          this.check$data(valid, $dataValid);
          codeBlock();
        });
      }
      check$data(valid = codegen_1.nil, $dataValid = codegen_1.nil) {
        if (!this.$data)
          return;
        const { gen, schemaCode, schemaType, def } = this;
        gen.if((0, codegen_1.or)((0, codegen_1._)`${schemaCode} === undefined`, $dataValid));
        if (valid !== codegen_1.nil)
          gen.assign(valid, true);
        if (schemaType.length || def.validateSchema) {
          gen.elseIf(this.invalid$data());
          this.$dataError();
          if (valid !== codegen_1.nil)
            gen.assign(valid, false);
        }
        gen.else();
      }
      invalid$data() {
        const { gen, schemaCode, schemaType, def, it } = this;
        return (0, codegen_1.or)(wrong$DataType(), invalid$DataSchema());
        function wrong$DataType() {
          if (schemaType.length) {
            if (!(schemaCode instanceof codegen_1.Name))
              throw new Error("ajv implementation error");
            const st = Array.isArray(schemaType) ? schemaType : [schemaType];
            return (0, codegen_1._)`${(0, dataType_2.checkDataTypes)(st, schemaCode, it.opts.strictNumbers, dataType_2.DataType.Wrong)}`;
          }
          return codegen_1.nil;
        }
        function invalid$DataSchema() {
          if (def.validateSchema) {
            const validateSchemaRef = gen.scopeValue("validate$data", { ref: def.validateSchema });
            return (0, codegen_1._)`!${validateSchemaRef}(${schemaCode})`;
          }
          return codegen_1.nil;
        }
      }
      subschema(appl, valid) {
        const subschema = (0, subschema_1.getSubschema)(this.it, appl);
        (0, subschema_1.extendSubschemaData)(subschema, this.it, appl);
        (0, subschema_1.extendSubschemaMode)(subschema, appl);
        const nextContext = { ...this.it, ...subschema, items: void 0, props: void 0 };
        subschemaCode(nextContext, valid);
        return nextContext;
      }
      mergeEvaluated(schemaCxt, toName) {
        const { it, gen } = this;
        if (!it.opts.unevaluated)
          return;
        if (it.props !== true && schemaCxt.props !== void 0) {
          it.props = util_1.mergeEvaluated.props(gen, schemaCxt.props, it.props, toName);
        }
        if (it.items !== true && schemaCxt.items !== void 0) {
          it.items = util_1.mergeEvaluated.items(gen, schemaCxt.items, it.items, toName);
        }
      }
      mergeValidEvaluated(schemaCxt, valid) {
        const { it, gen } = this;
        if (it.opts.unevaluated && (it.props !== true || it.items !== true)) {
          gen.if(valid, () => this.mergeEvaluated(schemaCxt, codegen_1.Name));
          return true;
        }
      }
    };
    exports.KeywordCxt = KeywordCxt;
    function keywordCode(it, keyword, def, ruleType) {
      const cxt = new KeywordCxt(it, def, keyword);
      if ("code" in def) {
        def.code(cxt, ruleType);
      } else if (cxt.$data && def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      } else if ("macro" in def) {
        (0, keyword_1.macroKeywordCode)(cxt, def);
      } else if (def.compile || def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      }
    }
    var JSON_POINTER = /^\/(?:[^~]|~0|~1)*$/;
    var RELATIVE_JSON_POINTER = /^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;
    function getData($data, { dataLevel, dataNames, dataPathArr }) {
      let jsonPointer;
      let data;
      if ($data === "")
        return names_1.default.rootData;
      if ($data[0] === "/") {
        if (!JSON_POINTER.test($data))
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        jsonPointer = $data;
        data = names_1.default.rootData;
      } else {
        const matches = RELATIVE_JSON_POINTER.exec($data);
        if (!matches)
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        const up = +matches[1];
        jsonPointer = matches[2];
        if (jsonPointer === "#") {
          if (up >= dataLevel)
            throw new Error(errorMsg("property/index", up));
          return dataPathArr[dataLevel - up];
        }
        if (up > dataLevel)
          throw new Error(errorMsg("data", up));
        data = dataNames[dataLevel - up];
        if (!jsonPointer)
          return data;
      }
      let expr = data;
      const segments = jsonPointer.split("/");
      for (const segment of segments) {
        if (segment) {
          data = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment))}`;
          expr = (0, codegen_1._)`${expr} && ${data}`;
        }
      }
      return expr;
      function errorMsg(pointerType, up) {
        return `Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`;
      }
    }
    exports.getData = getData;
  }
});

// node_modules/ajv/dist/runtime/validation_error.js
var require_validation_error = __commonJS({
  "node_modules/ajv/dist/runtime/validation_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var ValidationError = class extends Error {
      constructor(errors) {
        super("validation failed");
        this.errors = errors;
        this.ajv = this.validation = true;
      }
    };
    exports.default = ValidationError;
  }
});

// node_modules/ajv/dist/compile/ref_error.js
var require_ref_error = __commonJS({
  "node_modules/ajv/dist/compile/ref_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var resolve_1 = require_resolve();
    var MissingRefError = class extends Error {
      constructor(resolver, baseId, ref, msg) {
        super(msg || `can't resolve reference ${ref} from id ${baseId}`);
        this.missingRef = (0, resolve_1.resolveUrl)(resolver, baseId, ref);
        this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver, this.missingRef));
      }
    };
    exports.default = MissingRefError;
  }
});

// node_modules/ajv/dist/compile/index.js
var require_compile = __commonJS({
  "node_modules/ajv/dist/compile/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.resolveSchema = exports.getCompilingSchema = exports.resolveRef = exports.compileSchema = exports.SchemaEnv = void 0;
    var codegen_1 = require_codegen();
    var validation_error_1 = require_validation_error();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var validate_1 = require_validate();
    var SchemaEnv = class {
      constructor(env) {
        var _a;
        this.refs = {};
        this.dynamicAnchors = {};
        let schema;
        if (typeof env.schema == "object")
          schema = env.schema;
        this.schema = env.schema;
        this.schemaId = env.schemaId;
        this.root = env.root || this;
        this.baseId = (_a = env.baseId) !== null && _a !== void 0 ? _a : (0, resolve_1.normalizeId)(schema === null || schema === void 0 ? void 0 : schema[env.schemaId || "$id"]);
        this.schemaPath = env.schemaPath;
        this.localRefs = env.localRefs;
        this.meta = env.meta;
        this.$async = schema === null || schema === void 0 ? void 0 : schema.$async;
        this.refs = {};
      }
    };
    exports.SchemaEnv = SchemaEnv;
    function compileSchema(sch) {
      const _sch = getCompilingSchema.call(this, sch);
      if (_sch)
        return _sch;
      const rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId);
      const { es5, lines: lines2 } = this.opts.code;
      const { ownProperties } = this.opts;
      const gen = new codegen_1.CodeGen(this.scope, { es5, lines: lines2, ownProperties });
      let _ValidationError;
      if (sch.$async) {
        _ValidationError = gen.scopeValue("Error", {
          ref: validation_error_1.default,
          code: (0, codegen_1._)`require("ajv/dist/runtime/validation_error").default`
        });
      }
      const validateName = gen.scopeName("validate");
      sch.validateName = validateName;
      const schemaCxt = {
        gen,
        allErrors: this.opts.allErrors,
        data: names_1.default.data,
        parentData: names_1.default.parentData,
        parentDataProperty: names_1.default.parentDataProperty,
        dataNames: [names_1.default.data],
        dataPathArr: [codegen_1.nil],
        // TODO can its length be used as dataLevel if nil is removed?
        dataLevel: 0,
        dataTypes: [],
        definedProperties: /* @__PURE__ */ new Set(),
        topSchemaRef: gen.scopeValue("schema", this.opts.code.source === true ? { ref: sch.schema, code: (0, codegen_1.stringify)(sch.schema) } : { ref: sch.schema }),
        validateName,
        ValidationError: _ValidationError,
        schema: sch.schema,
        schemaEnv: sch,
        rootId,
        baseId: sch.baseId || rootId,
        schemaPath: codegen_1.nil,
        errSchemaPath: sch.schemaPath || (this.opts.jtd ? "" : "#"),
        errorPath: (0, codegen_1._)`""`,
        opts: this.opts,
        self: this
      };
      let sourceCode;
      try {
        this._compilations.add(sch);
        (0, validate_1.validateFunctionCode)(schemaCxt);
        gen.optimize(this.opts.code.optimize);
        const validateCode = gen.toString();
        sourceCode = `${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`;
        if (this.opts.code.process)
          sourceCode = this.opts.code.process(sourceCode, sch);
        const makeValidate = new Function(`${names_1.default.self}`, `${names_1.default.scope}`, sourceCode);
        const validate = makeValidate(this, this.scope.get());
        this.scope.value(validateName, { ref: validate });
        validate.errors = null;
        validate.schema = sch.schema;
        validate.schemaEnv = sch;
        if (sch.$async)
          validate.$async = true;
        if (this.opts.code.source === true) {
          validate.source = { validateName, validateCode, scopeValues: gen._values };
        }
        if (this.opts.unevaluated) {
          const { props, items } = schemaCxt;
          validate.evaluated = {
            props: props instanceof codegen_1.Name ? void 0 : props,
            items: items instanceof codegen_1.Name ? void 0 : items,
            dynamicProps: props instanceof codegen_1.Name,
            dynamicItems: items instanceof codegen_1.Name
          };
          if (validate.source)
            validate.source.evaluated = (0, codegen_1.stringify)(validate.evaluated);
        }
        sch.validate = validate;
        return sch;
      } catch (e) {
        delete sch.validate;
        delete sch.validateName;
        if (sourceCode)
          this.logger.error("Error compiling schema, function code:", sourceCode);
        throw e;
      } finally {
        this._compilations.delete(sch);
      }
    }
    exports.compileSchema = compileSchema;
    function resolveRef(root, baseId, ref) {
      var _a;
      ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, ref);
      const schOrFunc = root.refs[ref];
      if (schOrFunc)
        return schOrFunc;
      let _sch = resolve.call(this, root, ref);
      if (_sch === void 0) {
        const schema = (_a = root.localRefs) === null || _a === void 0 ? void 0 : _a[ref];
        const { schemaId } = this.opts;
        if (schema)
          _sch = new SchemaEnv({ schema, schemaId, root, baseId });
      }
      if (_sch === void 0)
        return;
      return root.refs[ref] = inlineOrCompile.call(this, _sch);
    }
    exports.resolveRef = resolveRef;
    function inlineOrCompile(sch) {
      if ((0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs))
        return sch.schema;
      return sch.validate ? sch : compileSchema.call(this, sch);
    }
    function getCompilingSchema(schEnv) {
      for (const sch of this._compilations) {
        if (sameSchemaEnv(sch, schEnv))
          return sch;
      }
    }
    exports.getCompilingSchema = getCompilingSchema;
    function sameSchemaEnv(s1, s2) {
      return s1.schema === s2.schema && s1.root === s2.root && s1.baseId === s2.baseId;
    }
    function resolve(root, ref) {
      let sch;
      while (typeof (sch = this.refs[ref]) == "string")
        ref = sch;
      return sch || this.schemas[ref] || resolveSchema.call(this, root, ref);
    }
    function resolveSchema(root, ref) {
      const p = this.opts.uriResolver.parse(ref);
      const refPath = (0, resolve_1._getFullPath)(this.opts.uriResolver, p);
      let baseId = (0, resolve_1.getFullPath)(this.opts.uriResolver, root.baseId, void 0);
      if (Object.keys(root.schema).length > 0 && refPath === baseId) {
        return getJsonPointer.call(this, p, root);
      }
      const id = (0, resolve_1.normalizeId)(refPath);
      const schOrRef = this.refs[id] || this.schemas[id];
      if (typeof schOrRef == "string") {
        const sch = resolveSchema.call(this, root, schOrRef);
        if (typeof (sch === null || sch === void 0 ? void 0 : sch.schema) !== "object")
          return;
        return getJsonPointer.call(this, p, sch);
      }
      if (typeof (schOrRef === null || schOrRef === void 0 ? void 0 : schOrRef.schema) !== "object")
        return;
      if (!schOrRef.validate)
        compileSchema.call(this, schOrRef);
      if (id === (0, resolve_1.normalizeId)(ref)) {
        const { schema } = schOrRef;
        const { schemaId } = this.opts;
        const schId = schema[schemaId];
        if (schId)
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        return new SchemaEnv({ schema, schemaId, root, baseId });
      }
      return getJsonPointer.call(this, p, schOrRef);
    }
    exports.resolveSchema = resolveSchema;
    var PREVENT_SCOPE_CHANGE = /* @__PURE__ */ new Set([
      "properties",
      "patternProperties",
      "enum",
      "dependencies",
      "definitions"
    ]);
    function getJsonPointer(parsedRef, { baseId, schema, root }) {
      var _a;
      if (((_a = parsedRef.fragment) === null || _a === void 0 ? void 0 : _a[0]) !== "/")
        return;
      for (const part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema === "boolean")
          return;
        const partSchema = schema[(0, util_1.unescapeFragment)(part)];
        if (partSchema === void 0)
          return;
        schema = partSchema;
        const schId = typeof schema === "object" && schema[this.opts.schemaId];
        if (!PREVENT_SCOPE_CHANGE.has(part) && schId) {
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        }
      }
      let env;
      if (typeof schema != "boolean" && schema.$ref && !(0, util_1.schemaHasRulesButRef)(schema, this.RULES)) {
        const $ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schema.$ref);
        env = resolveSchema.call(this, root, $ref);
      }
      const { schemaId } = this.opts;
      env = env || new SchemaEnv({ schema, schemaId, root, baseId });
      if (env.schema !== env.root.schema)
        return env;
      return void 0;
    }
  }
});

// node_modules/ajv/dist/refs/data.json
var require_data = __commonJS({
  "node_modules/ajv/dist/refs/data.json"(exports, module) {
    module.exports = {
      $id: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#",
      description: "Meta-schema for $data reference (JSON AnySchema extension proposal)",
      type: "object",
      required: ["$data"],
      properties: {
        $data: {
          type: "string",
          anyOf: [{ format: "relative-json-pointer" }, { format: "json-pointer" }]
        }
      },
      additionalProperties: false
    };
  }
});

// node_modules/fast-uri/lib/utils.js
var require_utils = __commonJS({
  "node_modules/fast-uri/lib/utils.js"(exports, module) {
    "use strict";
    var isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu);
    var isIPv4 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u);
    var isPort = RegExp.prototype.test.bind(/^\d*$/u);
    var isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu);
    var isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu);
    var isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u);
    var isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u);
    var isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u);
    var BYTE_HEX = new Array(256);
    {
      const HEX_DIGITS = "0123456789ABCDEF";
      for (let i = 0; i < 256; i++) {
        BYTE_HEX[i] = "%" + HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 15];
      }
    }
    function percentEncodeNonAscii(cp) {
      if (cp < 2048) {
        return BYTE_HEX[192 | cp >> 6] + BYTE_HEX[128 | cp & 63];
      }
      if (cp < 65536) {
        return BYTE_HEX[224 | cp >> 12] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
      }
      return BYTE_HEX[240 | cp >> 18] + BYTE_HEX[128 | cp >> 12 & 63] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
    }
    function stringArrayToHexStripped(input) {
      let acc = "";
      let code = 0;
      let i = 0;
      for (i = 0; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (code === 48) {
          continue;
        }
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
        break;
      }
      for (i += 1; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
      }
      return acc;
    }
    var isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/);
    var isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/);
    var isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/);
    var nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u);
    function isZoneIdentifier(zone) {
      if (zone.length === 0) return false;
      for (let i = 0; i < zone.length; i++) {
        if (isZoneCharacter(zone[i])) continue;
        if (zone[i] === "%" && i + 2 < zone.length && isHexPair(zone.slice(i + 1, i + 3))) {
          i += 2;
          continue;
        }
        return false;
      }
      return true;
    }
    function compressIPv6ZeroRun(hextets) {
      let bestStart = -1;
      let bestLength = 0;
      let runStart = -1;
      let runLength = 0;
      for (let i = 0; i < hextets.length; i++) {
        if (hextets[i] === "0") {
          if (runStart === -1) runStart = i;
          runLength++;
          if (runLength > bestLength) {
            bestLength = runLength;
            bestStart = runStart;
          }
        } else {
          runStart = -1;
          runLength = 0;
        }
      }
      if (bestLength < 2) return hextets.join(":");
      const head = hextets.slice(0, bestStart).join(":");
      const tail2 = hextets.slice(bestStart + bestLength).join(":");
      return head + "::" + tail2;
    }
    function normalizeIPv6Address(input) {
      const compression = input.indexOf("::");
      if (compression !== -1 && input.indexOf("::", compression + 1) !== -1) return void 0;
      const left = compression === -1 ? input.split(":") : input.slice(0, compression).split(":");
      const right = compression === -1 ? [] : input.slice(compression + 2).split(":");
      if (compression !== -1) {
        if (left.length === 1 && left[0] === "") left.length = 0;
        if (right.length === 1 && right[0] === "") right.length = 0;
      }
      const parts = left.concat(right);
      let hextetCount = 0;
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        if (part === "") return void 0;
        if (part.indexOf(".") !== -1) {
          if (i !== parts.length - 1 || compression !== -1 && right.length === 0 || !isIPv4(part)) return void 0;
          hextetCount += 2;
          continue;
        }
        if (!isHextet(part)) return void 0;
        parts[i] = parseInt(part, 16).toString(16);
        hextetCount++;
      }
      if (compression === -1) {
        if (hextetCount !== 8) return void 0;
        return compressIPv6ZeroRun(parts);
      }
      if (hextetCount >= 8) return void 0;
      const expanded = parts.slice(0, left.length);
      for (let i = hextetCount; i < 8; i++) expanded.push("0");
      for (let i = left.length; i < parts.length; i++) expanded.push(parts[i]);
      return compressIPv6ZeroRun(expanded);
    }
    function normalizeIPv6(host) {
      const bracketed = host[0] === "[" && host[host.length - 1] === "]";
      const hasBracket = host[0] === "[" || host[host.length - 1] === "]";
      if (hasBracket && !bracketed) return { host, isIPV6: false, error: true };
      let input = bracketed ? host.slice(1, -1) : host;
      if (bracketed && isIPvFuture(input)) {
        input = input.toLowerCase();
        return { host: `[${input}]`, escapedHost: input, isIPV6: false, isIPVFuture: true };
      }
      if (findToken(input, ":") < 2) {
        return { host, isIPV6: false, error: bracketed };
      }
      let zoneIdentifier = "";
      const zoneSeparator = input.indexOf("%");
      if (zoneSeparator !== -1) {
        const separatorLength = input.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === "%25" ? 3 : 1;
        zoneIdentifier = input.slice(zoneSeparator + separatorLength);
        if (!isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: false, error: true };
        input = input.slice(0, zoneSeparator);
      }
      const address = normalizeIPv6Address(input);
      if (address === void 0) return { host, isIPV6: false, error: true };
      return {
        host: address + (zoneIdentifier ? "%" + zoneIdentifier : ""),
        escapedHost: address + (zoneIdentifier ? "%25" + zoneIdentifier : ""),
        isIPV6: true
      };
    }
    function findToken(str2, token) {
      let ind = 0;
      for (let i = 0; i < str2.length; i++) {
        if (str2[i] === token) ind++;
      }
      return ind;
    }
    function removeDotSegments(path12) {
      let input = path12;
      const output = [];
      let nextSlash = -1;
      let len = 0;
      while (len = input.length) {
        if (len === 1) {
          if (input === ".") {
            break;
          } else if (input === "/") {
            output.push("/");
            break;
          } else {
            output.push(input);
            break;
          }
        } else if (len === 2) {
          if (input[0] === ".") {
            if (input[1] === ".") {
              break;
            } else if (input[1] === "/") {
              input = input.slice(2);
              continue;
            }
          } else if (input[0] === "/") {
            if (input[1] === "." || input[1] === "/") {
              output.push("/");
              break;
            }
          }
        } else if (len === 3) {
          if (input === "/..") {
            if (output.length !== 0) {
              output.pop();
            }
            output.push("/");
            break;
          }
        }
        if (input[0] === ".") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(3);
              continue;
            }
          } else if (input[1] === "/") {
            input = input.slice(2);
            continue;
          }
        } else if (input[0] === "/") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(2);
              continue;
            } else if (input[2] === ".") {
              if (input[3] === "/") {
                input = input.slice(3);
                if (output.length !== 0) {
                  output.pop();
                }
                continue;
              }
            }
          }
        }
        if ((nextSlash = input.indexOf("/", 1)) === -1) {
          output.push(input);
          break;
        } else {
          output.push(input.slice(0, nextSlash));
          input = input.slice(nextSlash);
        }
      }
      return output.join("");
    }
    function removeDotSegmentsRelative(path12) {
      if (path12 === "" || path12[0] === "/") {
        return removeDotSegments(path12);
      }
      const segments = path12.split("/");
      const last = segments.length - 1;
      const output = [];
      let trailingDirectory = false;
      for (let i = 0; i <= last; i++) {
        const segment = segments[i];
        if (segment === "." || segment === "..") {
          if (segment === "..") {
            if (output.length !== 0 && output[output.length - 1] !== "..") {
              output.pop();
            } else {
              output.push("..");
            }
          }
          trailingDirectory = i === last;
        } else {
          output.push(segment);
        }
      }
      if (trailingDirectory && output[output.length - 1] !== "..") {
        output.push("");
      }
      if (output.length === 0 || output[0] === "" || output[0].includes(":")) {
        output.unshift(".");
      }
      return output.join("/");
    }
    var HOST_DELIMS = { "@": "%40", "/": "%2F", "?": "%3F", "#": "%23", ":": "%3A" };
    var HOST_DELIM_RE = /[@/?#:]/g;
    var HOST_DELIM_NO_COLON_RE = /[@/?#]/g;
    function reescapeHostDelimiters(host, isIP) {
      const re = isIP ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE;
      re.lastIndex = 0;
      return host.replace(re, (ch) => HOST_DELIMS[ch]);
    }
    function normalizePercentEncoding(input, decodeUnreserved = false) {
      if (input.indexOf("%") === -1) {
        return input;
      }
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decodeUnreserved && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        output += input[i];
      }
      return output;
    }
    function normalizePathEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decoded !== "." && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isPathCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function serializePathEncoding(input, pathNoScheme = false) {
      let output = "";
      let firstSegment = pathNoScheme && input[0] !== "/";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (ch === "/") {
          firstSegment = false;
        }
        if (isPathCharacter(ch) && (ch !== ":" || !firstSegment)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeComponent(input, isAllowed) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (isAllowed(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeUserinfo(input) {
      return encodeComponent(input, isUserinfoCharacter);
    }
    function encodeQuery(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function encodeFragment(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function isEscapeSafe(cp) {
      return cp >= 48 && cp <= 57 || cp >= 65 && cp <= 90 || cp >= 97 && cp <= 122 || cp === 42 || cp === 43 || cp === 45 || cp === 46 || cp === 47 || cp === 64 || cp === 95;
    }
    function normalizeQueryFragmentEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isQueryFragmentCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function escapePreservingEscapes(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        output += escape(input[i]);
      }
      return output;
    }
    function recomposeAuthority(component) {
      const uriTokens = [];
      if (component.userinfo !== void 0) {
        uriTokens.push(encodeUserinfo(component.userinfo));
        uriTokens.push("@");
      }
      if (component.host !== void 0) {
        let host = component.host;
        if (!isIPv4(host)) {
          let ipV6res = normalizeIPv6(host);
          if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {
            host = normalizePercentEncoding(host, true);
            ipV6res = normalizeIPv6(host);
          }
          if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) {
            host = `[${ipV6res.escapedHost}]`;
          } else {
            host = reescapeHostDelimiters(host, false);
          }
        }
        uriTokens.push(host);
      }
      if (typeof component.port === "number" || typeof component.port === "string") {
        const port = String(component.port);
        if (!isPort(port)) {
          throw new TypeError("URI port is malformed.");
        }
        uriTokens.push(":");
        uriTokens.push(port);
      }
      return uriTokens.length ? uriTokens.join("") : void 0;
    }
    module.exports = {
      nonSimpleDomain,
      recomposeAuthority,
      reescapeHostDelimiters,
      normalizePercentEncoding,
      normalizePathEncoding,
      serializePathEncoding,
      normalizeQueryFragmentEncoding,
      encodeUserinfo,
      encodeQuery,
      encodeFragment,
      escapePreservingEscapes,
      removeDotSegments,
      removeDotSegmentsRelative,
      isIPv4,
      isUUID,
      normalizeIPv6,
      stringArrayToHexStripped
    };
  }
});

// node_modules/fast-uri/lib/schemes.js
var require_schemes = __commonJS({
  "node_modules/fast-uri/lib/schemes.js"(exports, module) {
    "use strict";
    var { isUUID } = require_utils();
    var URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu;
    var supportedSchemeNames = (
      /** @type {const} */
      [
        "http",
        "https",
        "ws",
        "wss",
        "urn",
        "urn:uuid"
      ]
    );
    function isValidSchemeName(name) {
      return supportedSchemeNames.indexOf(
        /** @type {*} */
        name
      ) !== -1;
    }
    function wsIsSecure(wsComponent) {
      if (wsComponent.secure === true) {
        return true;
      } else if (wsComponent.secure === false) {
        return false;
      } else if (wsComponent.scheme) {
        return wsComponent.scheme.length === 3 && (wsComponent.scheme[0] === "w" || wsComponent.scheme[0] === "W") && (wsComponent.scheme[1] === "s" || wsComponent.scheme[1] === "S") && (wsComponent.scheme[2] === "s" || wsComponent.scheme[2] === "S");
      } else {
        return false;
      }
    }
    function httpParse(component) {
      if (!component.host) {
        component.error = component.error || "HTTP URIs must have a host.";
      }
      return component;
    }
    function httpSerialize(component) {
      const secure = String(component.scheme).toLowerCase() === "https";
      if (component.port === (secure ? 443 : 80) || component.port === "") {
        component.port = void 0;
      }
      if (!component.path) {
        component.path = "/";
      }
      return component;
    }
    function wsParse(wsComponent) {
      wsComponent.secure = wsIsSecure(wsComponent);
      wsComponent.resourceName = (wsComponent.path || "/") + (wsComponent.query ? "?" + wsComponent.query : "");
      wsComponent.path = void 0;
      wsComponent.query = void 0;
      return wsComponent;
    }
    function wsSerialize(wsComponent) {
      if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === "") {
        wsComponent.port = void 0;
      }
      if (typeof wsComponent.secure === "boolean") {
        wsComponent.scheme = wsComponent.secure ? "wss" : "ws";
        wsComponent.secure = void 0;
      }
      if (wsComponent.resourceName) {
        const queryIndex = wsComponent.resourceName.indexOf("?");
        const path12 = queryIndex === -1 ? wsComponent.resourceName : wsComponent.resourceName.slice(0, queryIndex);
        wsComponent.path = path12 && path12 !== "/" ? path12 : void 0;
        wsComponent.query = queryIndex === -1 ? void 0 : wsComponent.resourceName.slice(queryIndex + 1);
        wsComponent.resourceName = void 0;
      }
      wsComponent.fragment = void 0;
      return wsComponent;
    }
    function urnParse(urnComponent, options) {
      if (!urnComponent.path) {
        urnComponent.error = "URN can not be parsed";
        return urnComponent;
      }
      const matches = urnComponent.path.match(URN_REG);
      if (matches && matches[0] === urnComponent.path) {
        const scheme = options.scheme || urnComponent.scheme || "urn";
        urnComponent.nid = matches[1].toLowerCase();
        urnComponent.nss = matches[2];
        const urnScheme = `${scheme}:${options.nid || urnComponent.nid}`;
        const schemeHandler = getSchemeHandler(urnScheme);
        urnComponent.path = void 0;
        if (schemeHandler) {
          urnComponent = schemeHandler.parse(urnComponent, options);
        }
      } else {
        urnComponent.error = urnComponent.error || "URN can not be parsed.";
      }
      return urnComponent;
    }
    function urnSerialize(urnComponent, options) {
      if (urnComponent.nid === void 0) {
        throw new Error("URN without nid cannot be serialized");
      }
      const scheme = options.scheme || urnComponent.scheme || "urn";
      const nid = urnComponent.nid.toLowerCase();
      const urnScheme = `${scheme}:${options.nid || nid}`;
      const schemeHandler = getSchemeHandler(urnScheme);
      if (schemeHandler) {
        urnComponent = schemeHandler.serialize(urnComponent, options);
      }
      const uriComponent = urnComponent;
      const nss = urnComponent.nss;
      uriComponent.path = `${nid || options.nid}:${nss}`;
      options.skipEscape = true;
      return uriComponent;
    }
    function urnuuidParse(urnComponent, options) {
      const uuidComponent = urnComponent;
      uuidComponent.uuid = uuidComponent.nss;
      uuidComponent.nss = void 0;
      if (!options.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) {
        uuidComponent.error = uuidComponent.error || "UUID is not valid.";
      }
      return uuidComponent;
    }
    function urnuuidSerialize(uuidComponent) {
      const urnComponent = uuidComponent;
      urnComponent.nss = (uuidComponent.uuid || "").toLowerCase();
      return urnComponent;
    }
    var http = (
      /** @type {SchemeHandler} */
      {
        scheme: "http",
        domainHost: true,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var https = (
      /** @type {SchemeHandler} */
      {
        scheme: "https",
        domainHost: http.domainHost,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var ws = (
      /** @type {SchemeHandler} */
      {
        scheme: "ws",
        domainHost: true,
        parse: wsParse,
        serialize: wsSerialize
      }
    );
    var wss = (
      /** @type {SchemeHandler} */
      {
        scheme: "wss",
        domainHost: ws.domainHost,
        parse: ws.parse,
        serialize: ws.serialize
      }
    );
    var urn = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn",
        parse: urnParse,
        serialize: urnSerialize,
        skipNormalize: true
      }
    );
    var urnuuid = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn:uuid",
        parse: urnuuidParse,
        serialize: urnuuidSerialize,
        skipNormalize: true
      }
    );
    var SCHEMES = (
      /** @type {Record<SchemeName, SchemeHandler>} */
      {
        http,
        https,
        ws,
        wss,
        urn,
        "urn:uuid": urnuuid
      }
    );
    Object.setPrototypeOf(SCHEMES, null);
    function getSchemeHandler(scheme) {
      return scheme && (SCHEMES[
        /** @type {SchemeName} */
        scheme
      ] || SCHEMES[
        /** @type {SchemeName} */
        scheme.toLowerCase()
      ]) || void 0;
    }
    module.exports = {
      wsIsSecure,
      SCHEMES,
      isValidSchemeName,
      getSchemeHandler
    };
  }
});

// node_modules/fast-uri/index.js
var require_fast_uri = __commonJS({
  "node_modules/fast-uri/index.js"(exports, module) {
    "use strict";
    var { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4, nonSimpleDomain } = require_utils();
    var { SCHEMES, getSchemeHandler } = require_schemes();
    var VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u;
    var MALFORMED_SCHEME_ERROR = "URI scheme is malformed.";
    var MALFORMED_HOST_ERROR = "URI host is malformed.";
    var FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u;
    function validateScheme(scheme) {
      const stringScheme = String(scheme);
      if (!VALID_SCHEME.test(stringScheme)) {
        throw new TypeError(MALFORMED_SCHEME_ERROR);
      }
      return stringScheme;
    }
    function normalize(uri, options) {
      if (typeof uri === "string") {
        uri = /** @type {T} */
        normalizeString(uri, options);
      } else if (typeof uri === "object") {
        uri = /** @type {T} */
        parse2(serialize(uri, options), options);
      }
      return uri;
    }
    function resolve(baseURI, relativeURI, options) {
      const schemelessOptions = options ? Object.assign({ scheme: "null" }, options) : { scheme: "null" };
      const {
        parsed: baseParsed,
        malformedAuthorityOrPort: baseMalformed,
        malformedPercentEncoding: baseMalformedPercentEncoding,
        malformedSchemeSpecific: baseMalformedSchemeSpecific,
        malformedHost: baseMalformedHost,
        malformedScheme: baseMalformedScheme
      } = parseWithStatus(baseURI, schemelessOptions);
      const {
        parsed: relativeParsed,
        malformedAuthorityOrPort: relativeMalformed,
        malformedPercentEncoding: relativeMalformedPercentEncoding,
        malformedSchemeSpecific: relativeMalformedSchemeSpecific,
        malformedHost: relativeMalformedHost,
        malformedScheme: relativeMalformedScheme
      } = parseWithStatus(relativeURI, schemelessOptions);
      if (baseMalformed || relativeMalformed || baseMalformedPercentEncoding || relativeMalformedPercentEncoding || baseMalformedSchemeSpecific || relativeMalformedSchemeSpecific || baseMalformedHost || relativeMalformedHost || baseMalformedScheme || relativeMalformedScheme) {
        throw new Error(baseParsed.error || relativeParsed.error || "URI is malformed.");
      }
      const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true);
      const resolvedSchemeHandler = getSchemeHandler(options && options.scheme || resolved.scheme);
      const resolvedHost = resolved.host;
      const resolvedHostIsIP = resolvedHost !== void 0 && resolvedHost !== "" && (isIPv4(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6);
      if (hasForbiddenDomainHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)) {
        throw new Error(MALFORMED_HOST_ERROR);
      }
      canonicalizeHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP);
      const encodedASCIIHost = resolvedHost && resolvedHost.indexOf("%") !== -1 && !new RegExp("\\P{ASCII}", "u").test(resolvedHost);
      if (resolved.error && !encodedASCIIHost) {
        throw new Error(resolved.error);
      }
      schemelessOptions.skipEscape = true;
      return serialize(resolved, schemelessOptions);
    }
    function resolveComponent(base, relative, options, skipNormalization) {
      const target = {};
      if (!skipNormalization) {
        base = parse2(serialize(base, options), options);
        relative = parse2(serialize(relative, options), options);
      }
      options = options || {};
      if (!options.tolerant && relative.scheme) {
        target.scheme = relative.scheme;
        target.userinfo = relative.userinfo;
        target.host = relative.host;
        target.port = relative.port;
        target.path = removeDotSegments(relative.path || "");
        target.query = relative.query;
      } else {
        if (relative.userinfo !== void 0 || relative.host !== void 0 || relative.port !== void 0) {
          target.userinfo = relative.userinfo;
          target.host = relative.host;
          target.port = relative.port;
          target.path = removeDotSegments(relative.path || "");
          target.query = relative.query;
        } else {
          if (!relative.path) {
            target.path = base.path;
            if (relative.query !== void 0) {
              target.query = relative.query;
            } else {
              target.query = base.query;
            }
          } else {
            if (relative.path[0] === "/") {
              target.path = removeDotSegments(relative.path);
            } else {
              const baseHasAuthority = base.userinfo !== void 0 || base.host !== void 0 || base.port !== void 0;
              if (baseHasAuthority && !base.path) {
                target.path = "/" + relative.path;
              } else if (!base.path) {
                target.path = relative.path;
              } else {
                target.path = base.path.slice(0, base.path.lastIndexOf("/") + 1) + relative.path;
              }
              target.path = base.scheme === void 0 && !baseHasAuthority && target.path[0] !== "/" ? removeDotSegmentsRelative(target.path) : removeDotSegments(target.path);
            }
            target.query = relative.query;
          }
          target.userinfo = base.userinfo;
          target.host = base.host;
          target.port = base.port;
        }
        target.scheme = base.scheme;
      }
      target.fragment = relative.fragment;
      return target;
    }
    function equal(uriA, uriB, options) {
      const normalizedA = normalizeComparableURI(uriA, options);
      const normalizedB = normalizeComparableURI(uriB, options);
      return normalizedA !== void 0 && normalizedB !== void 0 && normalizedA === normalizedB;
    }
    function serialize(cmpts, opts) {
      const component = {
        host: cmpts.host,
        scheme: cmpts.scheme,
        userinfo: cmpts.userinfo,
        port: cmpts.port,
        path: cmpts.path,
        query: cmpts.query,
        nid: cmpts.nid,
        nss: cmpts.nss,
        uuid: cmpts.uuid,
        fragment: cmpts.fragment,
        reference: cmpts.reference,
        resourceName: cmpts.resourceName,
        secure: cmpts.secure,
        error: ""
      };
      const options = Object.assign({}, opts);
      const uriTokens = [];
      if (component.scheme) {
        component.scheme = validateScheme(component.scheme);
      }
      const schemeHandler = getSchemeHandler(options.scheme || component.scheme);
      if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options);
      const hasAuthority = component.userinfo !== void 0 || component.host !== void 0 || component.port !== void 0;
      const schemelessReference = (component.scheme === void 0 || options.reference === "suffix") && !hasAuthority;
      const pathNoScheme = !options.skipEscape && schemelessReference;
      if (component.path !== void 0) {
        if (!options.skipEscape) {
          component.path = serializePathEncoding(component.path, pathNoScheme);
        } else {
          component.path = normalizePercentEncoding(component.path);
        }
      }
      if (options.reference !== "suffix" && component.scheme) {
        component.scheme = validateScheme(component.scheme);
        uriTokens.push(component.scheme, ":");
      }
      const authority = recomposeAuthority(component);
      if (authority !== void 0) {
        if (options.reference !== "suffix") {
          uriTokens.push("//");
        }
        uriTokens.push(authority);
        if (component.path && component.path[0] !== "/") {
          uriTokens.push("/");
        }
      }
      if (component.path !== void 0) {
        let s = component.path;
        if (!options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
          s = schemelessReference && s[0] !== "/" ? removeDotSegmentsRelative(s) : removeDotSegments(s);
        }
        if (schemelessReference) {
          s = serializePathEncoding(s, true);
        }
        if (authority === void 0 && s[0] === "/" && s[1] === "/") {
          s = "/%2F" + s.slice(2);
        }
        uriTokens.push(s);
      }
      if (component.query !== void 0) {
        uriTokens.push("?", encodeQuery(component.query));
      }
      if (component.fragment !== void 0) {
        uriTokens.push("#", encodeFragment(component.fragment));
      }
      return uriTokens.join("");
    }
    var URI_PARSE = /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u;
    var AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/;
    var AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/;
    function getParseError(parsed, matches) {
      if (matches[2] !== void 0 && parsed.path && parsed.path[0] !== "/") {
        return 'URI path must start with "/" when authority is present.';
      }
      if (typeof parsed.port === "number" && (parsed.port < 0 || parsed.port > 65535)) {
        return "URI port is malformed.";
      }
      return void 0;
    }
    function hasMalformedPercentEncoding(component) {
      if (component === void 0) return false;
      let percent = component.indexOf("%");
      while (percent !== -1) {
        if (percent + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent + 1, percent + 3))) {
          return true;
        }
        percent = component.indexOf("%", percent + 3);
      }
      return false;
    }
    function isIPLiteral(host) {
      return host[0] === "[" && host[host.length - 1] === "]";
    }
    function hasMalformedComponentPercentEncoding(matches) {
      const host = matches[4];
      return hasMalformedPercentEncoding(matches[3]) || host !== void 0 && !isIPLiteral(host) && hasMalformedPercentEncoding(host) || hasMalformedPercentEncoding(matches[6]) || hasMalformedPercentEncoding(matches[7]) || hasMalformedPercentEncoding(matches[8]);
    }
    function canonicalizeHost(parsed, options, schemeHandler, isIP) {
      if (hasForbiddenDomainHost(parsed, options, schemeHandler, isIP)) {
        parsed.error = parsed.error || MALFORMED_HOST_ERROR;
        return true;
      }
      if (!options.unicodeSupport && (!schemeHandler || !schemeHandler.unicodeSupport) && parsed.host && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && isIP === false && nonSimpleDomain(parsed.host)) {
        let url;
        try {
          url = new URL("http://" + parsed.host);
        } catch (e) {
          parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e;
          return true;
        }
        if (!isHostOnlyURL(url)) {
          parsed.error = parsed.error || MALFORMED_HOST_ERROR;
          return true;
        }
        parsed.host = url.hostname;
      }
      return false;
    }
    function hasForbiddenDomainHost(parsed, options, schemeHandler, isIP) {
      return Boolean(
        parsed.host && isIP === false && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)
      );
    }
    function isHostOnlyURL(url) {
      return url.username === "" && url.password === "" && url.port === "" && url.pathname === "/" && url.search === "" && url.hash === "" && url.hostname !== "";
    }
    function parseWithStatus(uri, opts) {
      const options = Object.assign({}, opts);
      const parsed = {
        scheme: void 0,
        userinfo: void 0,
        host: "",
        port: void 0,
        path: "",
        query: void 0,
        fragment: void 0
      };
      let malformedAuthorityOrPort = false;
      let malformedPercentEncoding = false;
      let malformedSchemeSpecific = false;
      let malformedHost = false;
      let malformedIPLiteral = false;
      let malformedScheme = false;
      let isIP = false;
      if (options.reference === "suffix") {
        if (options.scheme) {
          uri = options.scheme + ":" + uri;
        } else {
          uri = "//" + uri;
        }
      }
      const authorityMatch = uri.match(AUTHORITY_PREFIX);
      if (authorityMatch !== null && authorityMatch[1].indexOf("\\") !== -1) {
        parsed.error = "URI authority must not contain a literal backslash.";
        malformedAuthorityOrPort = true;
      }
      const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION);
      if (introducerMatch !== null) {
        const region = introducerMatch[1];
        const normalizedRegion = region.replace(/[\t\n\r]/g, "");
        if (normalizedRegion.length >= 2) {
          if (normalizedRegion.slice(0, 2) !== "//") {
            parsed.error = parsed.error || "URI authority must not contain a literal backslash.";
            malformedAuthorityOrPort = true;
          } else if (region.length !== normalizedRegion.length) {
            parsed.error = parsed.error || "URI authority introducer must not contain whitespace.";
            malformedAuthorityOrPort = true;
          }
        }
      }
      const matches = uri.match(URI_PARSE);
      if (matches) {
        parsed.scheme = matches[1];
        parsed.userinfo = matches[3];
        parsed.host = matches[4];
        parsed.port = parseInt(matches[5], 10);
        parsed.path = matches[6] || "";
        parsed.query = matches[7];
        parsed.fragment = matches[8];
        if (parsed.scheme !== void 0) {
          if (VALID_SCHEME.test(parsed.scheme)) {
            parsed.scheme = parsed.scheme.toLowerCase();
          } else {
            parsed.error = parsed.error || MALFORMED_SCHEME_ERROR;
            malformedScheme = true;
          }
        }
        malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches);
        if (malformedPercentEncoding) {
          parsed.error = parsed.error || "URI contains malformed percent-encoding.";
        }
        if (isNaN(parsed.port)) {
          parsed.port = matches[5];
        }
        const parseError = getParseError(parsed, matches);
        if (parseError !== void 0) {
          parsed.error = parsed.error || parseError;
          malformedAuthorityOrPort = true;
        }
        if (parsed.host) {
          const ipv4result = isIPv4(parsed.host);
          if (ipv4result === false) {
            const bracketedIPLiteral = isIPLiteral(parsed.host);
            const hasIPLiteralBracket = parsed.host.indexOf("[") !== -1 || parsed.host.indexOf("]") !== -1;
            const ipv6result = normalizeIPv6(parsed.host);
            isIP = ipv6result.isIPV6 || ipv6result.isIPVFuture === true;
            malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true);
            parsed.host = isIP ? ipv6result.host : ipv6result.host.toLowerCase();
            if (malformedIPLiteral) {
              parsed.error = parsed.error || MALFORMED_HOST_ERROR;
              malformedAuthorityOrPort = true;
            }
          } else {
            isIP = true;
          }
        }
        if (parsed.scheme === void 0 && parsed.userinfo === void 0 && parsed.host === void 0 && parsed.port === void 0 && parsed.query === void 0 && !parsed.path) {
          parsed.reference = "same-document";
        } else if (parsed.scheme === void 0) {
          parsed.reference = "relative";
        } else if (parsed.fragment === void 0) {
          parsed.reference = "absolute";
        } else {
          parsed.reference = "uri";
        }
        if (options.reference && options.reference !== "suffix" && options.reference !== parsed.reference) {
          parsed.error = parsed.error || "URI is not a " + options.reference + " reference.";
        }
        const schemeHandler = getSchemeHandler(options.scheme || parsed.scheme);
        if (!malformedIPLiteral) {
          malformedHost = canonicalizeHost(parsed, options, schemeHandler, isIP);
        }
        if (uri.indexOf("%") !== -1 && parsed.host !== void 0 && !malformedIPLiteral) {
          let host = isIP ? parsed.host : normalizePercentEncoding(parsed.host, true);
          if (!isIP) {
            host = normalizePercentEncoding(host.toLowerCase());
          }
          parsed.host = isIP || options.scheme !== "null" ? reescapeHostDelimiters(host, isIP) : host;
        }
        if (!schemeHandler || schemeHandler && !schemeHandler.skipNormalize) {
          if (parsed.path) {
            parsed.path = normalizePathEncoding(parsed.path);
          }
          if (parsed.query) {
            parsed.query = normalizeQueryFragmentEncoding(parsed.query);
          }
          if (parsed.fragment) {
            parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment);
          }
        }
        if (schemeHandler && schemeHandler.parse) {
          schemeHandler.parse(parsed, options);
          if (schemeHandler === SCHEMES.urn && parsed.nid === void 0) {
            malformedSchemeSpecific = true;
          }
        }
      } else {
        parsed.error = parsed.error || "URI can not be parsed.";
      }
      return { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme };
    }
    function parse2(uri, opts) {
      return parseWithStatus(uri, opts).parsed;
    }
    function normalizeString(uri, opts) {
      return normalizeStringWithStatus(uri, opts).normalized;
    }
    function normalizeStringWithStatus(uri, opts) {
      const { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts);
      return {
        normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize(parsed, opts),
        malformedAuthorityOrPort,
        malformedPercentEncoding,
        malformedSchemeSpecific,
        malformedHost,
        malformedScheme
      };
    }
    function normalizeComparableURI(uri, opts) {
      if (typeof uri !== "string" && typeof uri !== "object") {
        return void 0;
      }
      let value;
      try {
        value = typeof uri === "string" ? uri : serialize(uri, opts);
      } catch {
        return void 0;
      }
      const { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts);
      return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? void 0 : normalized;
    }
    var fastUri = {
      SCHEMES,
      normalize,
      resolve,
      resolveComponent,
      equal,
      serialize,
      parse: parse2
    };
    module.exports = fastUri;
    module.exports.default = fastUri;
    module.exports.fastUri = fastUri;
  }
});

// node_modules/ajv/dist/runtime/uri.js
var require_uri = __commonJS({
  "node_modules/ajv/dist/runtime/uri.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var uri = require_fast_uri();
    uri.code = 'require("ajv/dist/runtime/uri").default';
    exports.default = uri;
  }
});

// node_modules/ajv/dist/core.js
var require_core = __commonJS({
  "node_modules/ajv/dist/core.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = void 0;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    var ref_error_1 = require_ref_error();
    var rules_1 = require_rules();
    var compile_1 = require_compile();
    var codegen_2 = require_codegen();
    var resolve_1 = require_resolve();
    var dataType_1 = require_dataType();
    var util_1 = require_util();
    var $dataRefSchema = require_data();
    var uri_1 = require_uri();
    var defaultRegExp = (str2, flags) => new RegExp(str2, flags);
    defaultRegExp.code = "new RegExp";
    var META_IGNORE_OPTIONS = ["removeAdditional", "useDefaults", "coerceTypes"];
    var EXT_SCOPE_NAMES = /* @__PURE__ */ new Set([
      "validate",
      "serialize",
      "parse",
      "wrapper",
      "root",
      "schema",
      "keyword",
      "pattern",
      "formats",
      "validate$data",
      "func",
      "obj",
      "Error"
    ]);
    var removedOptions = {
      errorDataPath: "",
      format: "`validateFormats: false` can be used instead.",
      nullable: '"nullable" keyword is supported by default.',
      jsonPointers: "Deprecated jsPropertySyntax can be used instead.",
      extendRefs: "Deprecated ignoreKeywordsWithRef can be used instead.",
      missingRefs: "Pass empty schema with $id that should be ignored to ajv.addSchema.",
      processCode: "Use option `code: {process: (code, schemaEnv: object) => string}`",
      sourceCode: "Use option `code: {source: true}`",
      strictDefaults: "It is default now, see option `strict`.",
      strictKeywords: "It is default now, see option `strict`.",
      uniqueItems: '"uniqueItems" keyword is always validated.',
      unknownFormats: "Disable strict mode or pass `true` to `ajv.addFormat` (or `formats` option).",
      cache: "Map is used as cache, schema object as key.",
      serialize: "Map is used as cache, schema object as key.",
      ajvErrors: "It is default now."
    };
    var deprecatedOptions = {
      ignoreKeywordsWithRef: "",
      jsPropertySyntax: "",
      unicode: '"minLength"/"maxLength" account for unicode characters by default.'
    };
    var MAX_EXPRESSION = 200;
    function requiredOptions(o) {
      var _a, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _0;
      const s = o.strict;
      const _optz = (_a = o.code) === null || _a === void 0 ? void 0 : _a.optimize;
      const optimize = _optz === true || _optz === void 0 ? 1 : _optz || 0;
      const regExp = (_c = (_b = o.code) === null || _b === void 0 ? void 0 : _b.regExp) !== null && _c !== void 0 ? _c : defaultRegExp;
      const uriResolver = (_d = o.uriResolver) !== null && _d !== void 0 ? _d : uri_1.default;
      return {
        strictSchema: (_f = (_e = o.strictSchema) !== null && _e !== void 0 ? _e : s) !== null && _f !== void 0 ? _f : true,
        strictNumbers: (_h = (_g = o.strictNumbers) !== null && _g !== void 0 ? _g : s) !== null && _h !== void 0 ? _h : true,
        strictTypes: (_k = (_j = o.strictTypes) !== null && _j !== void 0 ? _j : s) !== null && _k !== void 0 ? _k : "log",
        strictTuples: (_m = (_l = o.strictTuples) !== null && _l !== void 0 ? _l : s) !== null && _m !== void 0 ? _m : "log",
        strictRequired: (_p = (_o = o.strictRequired) !== null && _o !== void 0 ? _o : s) !== null && _p !== void 0 ? _p : false,
        code: o.code ? { ...o.code, optimize, regExp } : { optimize, regExp },
        loopRequired: (_q = o.loopRequired) !== null && _q !== void 0 ? _q : MAX_EXPRESSION,
        loopEnum: (_r = o.loopEnum) !== null && _r !== void 0 ? _r : MAX_EXPRESSION,
        meta: (_s = o.meta) !== null && _s !== void 0 ? _s : true,
        messages: (_t = o.messages) !== null && _t !== void 0 ? _t : true,
        inlineRefs: (_u = o.inlineRefs) !== null && _u !== void 0 ? _u : true,
        schemaId: (_v = o.schemaId) !== null && _v !== void 0 ? _v : "$id",
        addUsedSchema: (_w = o.addUsedSchema) !== null && _w !== void 0 ? _w : true,
        validateSchema: (_x = o.validateSchema) !== null && _x !== void 0 ? _x : true,
        validateFormats: (_y = o.validateFormats) !== null && _y !== void 0 ? _y : true,
        unicodeRegExp: (_z = o.unicodeRegExp) !== null && _z !== void 0 ? _z : true,
        int32range: (_0 = o.int32range) !== null && _0 !== void 0 ? _0 : true,
        uriResolver
      };
    }
    var Ajv2 = class {
      constructor(opts = {}) {
        this.schemas = {};
        this.refs = {};
        this.formats = /* @__PURE__ */ Object.create(null);
        this._compilations = /* @__PURE__ */ new Set();
        this._loading = {};
        this._cache = /* @__PURE__ */ new Map();
        opts = this.opts = { ...opts, ...requiredOptions(opts) };
        const { es5, lines: lines2 } = this.opts.code;
        this.scope = new codegen_2.ValueScope({ scope: {}, prefixes: EXT_SCOPE_NAMES, es5, lines: lines2 });
        this.logger = getLogger(opts.logger);
        const formatOpt = opts.validateFormats;
        opts.validateFormats = false;
        this.RULES = (0, rules_1.getRules)();
        checkOptions.call(this, removedOptions, opts, "NOT SUPPORTED");
        checkOptions.call(this, deprecatedOptions, opts, "DEPRECATED", "warn");
        this._metaOpts = getMetaSchemaOptions.call(this);
        if (opts.formats)
          addInitialFormats.call(this);
        this._addVocabularies();
        this._addDefaultMetaSchema();
        if (opts.keywords)
          addInitialKeywords.call(this, opts.keywords);
        if (typeof opts.meta == "object")
          this.addMetaSchema(opts.meta);
        addInitialSchemas.call(this);
        opts.validateFormats = formatOpt;
      }
      _addVocabularies() {
        this.addKeyword("$async");
      }
      _addDefaultMetaSchema() {
        const { $data, meta, schemaId } = this.opts;
        let _dataRefSchema = $dataRefSchema;
        if (schemaId === "id") {
          _dataRefSchema = { ...$dataRefSchema };
          _dataRefSchema.id = _dataRefSchema.$id;
          delete _dataRefSchema.$id;
        }
        if (meta && $data)
          this.addMetaSchema(_dataRefSchema, _dataRefSchema[schemaId], false);
      }
      defaultMeta() {
        const { meta, schemaId } = this.opts;
        return this.opts.defaultMeta = typeof meta == "object" ? meta[schemaId] || meta : void 0;
      }
      validate(schemaKeyRef, data) {
        let v;
        if (typeof schemaKeyRef == "string") {
          v = this.getSchema(schemaKeyRef);
          if (!v)
            throw new Error(`no schema with key or ref "${schemaKeyRef}"`);
        } else {
          v = this.compile(schemaKeyRef);
        }
        const valid = v(data);
        if (!("$async" in v))
          this.errors = v.errors;
        return valid;
      }
      compile(schema, _meta) {
        const sch = this._addSchema(schema, _meta);
        return sch.validate || this._compileSchemaEnv(sch);
      }
      compileAsync(schema, meta) {
        if (typeof this.opts.loadSchema != "function") {
          throw new Error("options.loadSchema should be a function");
        }
        const { loadSchema } = this.opts;
        return runCompileAsync.call(this, schema, meta);
        async function runCompileAsync(_schema, _meta) {
          await loadMetaSchema.call(this, _schema.$schema);
          const sch = this._addSchema(_schema, _meta);
          return sch.validate || _compileAsync.call(this, sch);
        }
        async function loadMetaSchema($ref) {
          if ($ref && !this.getSchema($ref)) {
            await runCompileAsync.call(this, { $ref }, true);
          }
        }
        async function _compileAsync(sch) {
          try {
            return this._compileSchemaEnv(sch);
          } catch (e) {
            if (!(e instanceof ref_error_1.default))
              throw e;
            checkLoaded.call(this, e);
            await loadMissingSchema.call(this, e.missingSchema);
            return _compileAsync.call(this, sch);
          }
        }
        function checkLoaded({ missingSchema: ref, missingRef }) {
          if (this.refs[ref]) {
            throw new Error(`AnySchema ${ref} is loaded but ${missingRef} cannot be resolved`);
          }
        }
        async function loadMissingSchema(ref) {
          const _schema = await _loadSchema.call(this, ref);
          if (!this.refs[ref])
            await loadMetaSchema.call(this, _schema.$schema);
          if (!this.refs[ref])
            this.addSchema(_schema, ref, meta);
        }
        async function _loadSchema(ref) {
          const p = this._loading[ref];
          if (p)
            return p;
          try {
            return await (this._loading[ref] = loadSchema(ref));
          } finally {
            delete this._loading[ref];
          }
        }
      }
      // Adds schema to the instance
      addSchema(schema, key, _meta, _validateSchema = this.opts.validateSchema) {
        if (Array.isArray(schema)) {
          for (const sch of schema)
            this.addSchema(sch, void 0, _meta, _validateSchema);
          return this;
        }
        let id;
        if (typeof schema === "object") {
          const { schemaId } = this.opts;
          id = schema[schemaId];
          if (id !== void 0 && typeof id != "string") {
            throw new Error(`schema ${schemaId} must be string`);
          }
        }
        key = (0, resolve_1.normalizeId)(key || id);
        this._checkUnique(key);
        this.schemas[key] = this._addSchema(schema, _meta, key, _validateSchema, true);
        return this;
      }
      // Add schema that will be used to validate other schemas
      // options in META_IGNORE_OPTIONS are alway set to false
      addMetaSchema(schema, key, _validateSchema = this.opts.validateSchema) {
        this.addSchema(schema, key, true, _validateSchema);
        return this;
      }
      //  Validate schema against its meta-schema
      validateSchema(schema, throwOrLogError) {
        if (typeof schema == "boolean")
          return true;
        let $schema;
        $schema = schema.$schema;
        if ($schema !== void 0 && typeof $schema != "string") {
          throw new Error("$schema must be a string");
        }
        $schema = $schema || this.opts.defaultMeta || this.defaultMeta();
        if (!$schema) {
          this.logger.warn("meta-schema not available");
          this.errors = null;
          return true;
        }
        const valid = this.validate($schema, schema);
        if (!valid && throwOrLogError) {
          const message = "schema is invalid: " + this.errorsText();
          if (this.opts.validateSchema === "log")
            this.logger.error(message);
          else
            throw new Error(message);
        }
        return valid;
      }
      // Get compiled schema by `key` or `ref`.
      // (`key` that was passed to `addSchema` or full schema reference - `schema.$id` or resolved id)
      getSchema(keyRef) {
        let sch;
        while (typeof (sch = getSchEnv.call(this, keyRef)) == "string")
          keyRef = sch;
        if (sch === void 0) {
          const { schemaId } = this.opts;
          const root = new compile_1.SchemaEnv({ schema: {}, schemaId });
          sch = compile_1.resolveSchema.call(this, root, keyRef);
          if (!sch)
            return;
          this.refs[keyRef] = sch;
        }
        return sch.validate || this._compileSchemaEnv(sch);
      }
      // Remove cached schema(s).
      // If no parameter is passed all schemas but meta-schemas are removed.
      // If RegExp is passed all schemas with key/id matching pattern but meta-schemas are removed.
      // Even if schema is referenced by other schemas it still can be removed as other schemas have local references.
      removeSchema(schemaKeyRef) {
        if (schemaKeyRef instanceof RegExp) {
          this._removeAllSchemas(this.schemas, schemaKeyRef);
          this._removeAllSchemas(this.refs, schemaKeyRef);
          return this;
        }
        switch (typeof schemaKeyRef) {
          case "undefined":
            this._removeAllSchemas(this.schemas);
            this._removeAllSchemas(this.refs);
            this._cache.clear();
            return this;
          case "string": {
            const sch = getSchEnv.call(this, schemaKeyRef);
            if (typeof sch == "object")
              this._cache.delete(sch.schema);
            delete this.schemas[schemaKeyRef];
            delete this.refs[schemaKeyRef];
            return this;
          }
          case "object": {
            const cacheKey = schemaKeyRef;
            this._cache.delete(cacheKey);
            let id = schemaKeyRef[this.opts.schemaId];
            if (id) {
              id = (0, resolve_1.normalizeId)(id);
              delete this.schemas[id];
              delete this.refs[id];
            }
            return this;
          }
          default:
            throw new Error("ajv.removeSchema: invalid parameter");
        }
      }
      // add "vocabulary" - a collection of keywords
      addVocabulary(definitions) {
        for (const def of definitions)
          this.addKeyword(def);
        return this;
      }
      addKeyword(kwdOrDef, def) {
        let keyword;
        if (typeof kwdOrDef == "string") {
          keyword = kwdOrDef;
          if (typeof def == "object") {
            this.logger.warn("these parameters are deprecated, see docs for addKeyword");
            def.keyword = keyword;
          }
        } else if (typeof kwdOrDef == "object" && def === void 0) {
          def = kwdOrDef;
          keyword = def.keyword;
          if (Array.isArray(keyword) && !keyword.length) {
            throw new Error("addKeywords: keyword must be string or non-empty array");
          }
        } else {
          throw new Error("invalid addKeywords parameters");
        }
        checkKeyword.call(this, keyword, def);
        if (!def) {
          (0, util_1.eachItem)(keyword, (kwd) => addRule.call(this, kwd));
          return this;
        }
        keywordMetaschema.call(this, def);
        const definition = {
          ...def,
          type: (0, dataType_1.getJSONTypes)(def.type),
          schemaType: (0, dataType_1.getJSONTypes)(def.schemaType)
        };
        (0, util_1.eachItem)(keyword, definition.type.length === 0 ? (k) => addRule.call(this, k, definition) : (k) => definition.type.forEach((t) => addRule.call(this, k, definition, t)));
        return this;
      }
      getKeyword(keyword) {
        const rule = this.RULES.all[keyword];
        return typeof rule == "object" ? rule.definition : !!rule;
      }
      // Remove keyword
      removeKeyword(keyword) {
        const { RULES } = this;
        delete RULES.keywords[keyword];
        delete RULES.all[keyword];
        for (const group of RULES.rules) {
          const i = group.rules.findIndex((rule) => rule.keyword === keyword);
          if (i >= 0)
            group.rules.splice(i, 1);
        }
        return this;
      }
      // Add format
      addFormat(name, format) {
        if (typeof format == "string")
          format = new RegExp(format);
        this.formats[name] = format;
        return this;
      }
      errorsText(errors = this.errors, { separator = ", ", dataVar = "data" } = {}) {
        if (!errors || errors.length === 0)
          return "No errors";
        return errors.map((e) => `${dataVar}${e.instancePath} ${e.message}`).reduce((text, msg) => text + separator + msg);
      }
      $dataMetaSchema(metaSchema, keywordsJsonPointers) {
        const rules = this.RULES.all;
        metaSchema = JSON.parse(JSON.stringify(metaSchema));
        for (const jsonPointer of keywordsJsonPointers) {
          const segments = jsonPointer.split("/").slice(1);
          let keywords = metaSchema;
          for (const seg of segments)
            keywords = keywords[seg];
          for (const key in rules) {
            const rule = rules[key];
            if (typeof rule != "object")
              continue;
            const { $data } = rule.definition;
            const schema = keywords[key];
            if ($data && schema)
              keywords[key] = schemaOrData(schema);
          }
        }
        return metaSchema;
      }
      _removeAllSchemas(schemas, regex) {
        for (const keyRef in schemas) {
          const sch = schemas[keyRef];
          if (!regex || regex.test(keyRef)) {
            if (typeof sch == "string") {
              delete schemas[keyRef];
            } else if (sch && !sch.meta) {
              this._cache.delete(sch.schema);
              delete schemas[keyRef];
            }
          }
        }
      }
      _addSchema(schema, meta, baseId, validateSchema = this.opts.validateSchema, addSchema = this.opts.addUsedSchema) {
        let id;
        const { schemaId } = this.opts;
        if (typeof schema == "object") {
          id = schema[schemaId];
        } else {
          if (this.opts.jtd)
            throw new Error("schema must be object");
          else if (typeof schema != "boolean")
            throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema);
        if (sch !== void 0)
          return sch;
        baseId = (0, resolve_1.normalizeId)(id || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema, baseId);
        sch = new compile_1.SchemaEnv({ schema, schemaId, meta, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith("#")) {
          if (baseId)
            this._checkUnique(baseId);
          this.refs[baseId] = sch;
        }
        if (validateSchema)
          this.validateSchema(schema, true);
        return sch;
      }
      _checkUnique(id) {
        if (this.schemas[id] || this.refs[id]) {
          throw new Error(`schema with key or id "${id}" already exists`);
        }
      }
      _compileSchemaEnv(sch) {
        if (sch.meta)
          this._compileMetaSchema(sch);
        else
          compile_1.compileSchema.call(this, sch);
        if (!sch.validate)
          throw new Error("ajv implementation error");
        return sch.validate;
      }
      _compileMetaSchema(sch) {
        const currentOpts = this.opts;
        this.opts = this._metaOpts;
        try {
          compile_1.compileSchema.call(this, sch);
        } finally {
          this.opts = currentOpts;
        }
      }
    };
    Ajv2.ValidationError = validation_error_1.default;
    Ajv2.MissingRefError = ref_error_1.default;
    exports.default = Ajv2;
    function checkOptions(checkOpts, options, msg, log = "error") {
      for (const key in checkOpts) {
        const opt = key;
        if (opt in options)
          this.logger[log](`${msg}: option ${key}. ${checkOpts[opt]}`);
      }
    }
    function getSchEnv(keyRef) {
      keyRef = (0, resolve_1.normalizeId)(keyRef);
      return this.schemas[keyRef] || this.refs[keyRef];
    }
    function addInitialSchemas() {
      const optsSchemas = this.opts.schemas;
      if (!optsSchemas)
        return;
      if (Array.isArray(optsSchemas))
        this.addSchema(optsSchemas);
      else
        for (const key in optsSchemas)
          this.addSchema(optsSchemas[key], key);
    }
    function addInitialFormats() {
      for (const name in this.opts.formats) {
        const format = this.opts.formats[name];
        if (format)
          this.addFormat(name, format);
      }
    }
    function addInitialKeywords(defs) {
      if (Array.isArray(defs)) {
        this.addVocabulary(defs);
        return;
      }
      this.logger.warn("keywords option as map is deprecated, pass array");
      for (const keyword in defs) {
        const def = defs[keyword];
        if (!def.keyword)
          def.keyword = keyword;
        this.addKeyword(def);
      }
    }
    function getMetaSchemaOptions() {
      const metaOpts = { ...this.opts };
      for (const opt of META_IGNORE_OPTIONS)
        delete metaOpts[opt];
      return metaOpts;
    }
    var noLogs = { log() {
    }, warn() {
    }, error() {
    } };
    function getLogger(logger) {
      if (logger === false)
        return noLogs;
      if (logger === void 0)
        return console;
      if (logger.log && logger.warn && logger.error)
        return logger;
      throw new Error("logger must implement log, warn and error methods");
    }
    var KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;
    function checkKeyword(keyword, def) {
      const { RULES } = this;
      (0, util_1.eachItem)(keyword, (kwd) => {
        if (RULES.keywords[kwd])
          throw new Error(`Keyword ${kwd} is already defined`);
        if (!KEYWORD_NAME.test(kwd))
          throw new Error(`Keyword ${kwd} has invalid name`);
      });
      if (!def)
        return;
      if (def.$data && !("code" in def || "validate" in def)) {
        throw new Error('$data keyword must have "code" or "validate" function');
      }
    }
    function addRule(keyword, definition, dataType) {
      var _a;
      const post = definition === null || definition === void 0 ? void 0 : definition.post;
      if (dataType && post)
        throw new Error('keyword with "post" flag cannot have "type"');
      const { RULES } = this;
      let ruleGroup = post ? RULES.post : RULES.rules.find(({ type: t }) => t === dataType);
      if (!ruleGroup) {
        ruleGroup = { type: dataType, rules: [] };
        RULES.rules.push(ruleGroup);
      }
      RULES.keywords[keyword] = true;
      if (!definition)
        return;
      const rule = {
        keyword,
        definition: {
          ...definition,
          type: (0, dataType_1.getJSONTypes)(definition.type),
          schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType)
        }
      };
      if (definition.before)
        addBeforeRule.call(this, ruleGroup, rule, definition.before);
      else
        ruleGroup.rules.push(rule);
      RULES.all[keyword] = rule;
      (_a = definition.implements) === null || _a === void 0 ? void 0 : _a.forEach((kwd) => this.addKeyword(kwd));
    }
    function addBeforeRule(ruleGroup, rule, before) {
      const i = ruleGroup.rules.findIndex((_rule) => _rule.keyword === before);
      if (i >= 0) {
        ruleGroup.rules.splice(i, 0, rule);
      } else {
        ruleGroup.rules.push(rule);
        this.logger.warn(`rule ${before} is not defined`);
      }
    }
    function keywordMetaschema(def) {
      let { metaSchema } = def;
      if (metaSchema === void 0)
        return;
      if (def.$data && this.opts.$data)
        metaSchema = schemaOrData(metaSchema);
      def.validateSchema = this.compile(metaSchema, true);
    }
    var $dataRef = {
      $ref: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#"
    };
    function schemaOrData(schema) {
      return { anyOf: [schema, $dataRef] };
    }
  }
});

// node_modules/ajv/dist/vocabularies/core/id.js
var require_id = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/id.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var def = {
      keyword: "id",
      code() {
        throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/ref.js
var require_ref = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/ref.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.callRef = exports.getValidate = void 0;
    var ref_error_1 = require_ref_error();
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var util_1 = require_util();
    var def = {
      keyword: "$ref",
      schemaType: "string",
      code(cxt) {
        const { gen, schema: $ref, it } = cxt;
        const { baseId, schemaEnv: env, validateName, opts, self } = it;
        const { root } = env;
        if (($ref === "#" || $ref === "#/") && baseId === root.baseId)
          return callRootRef();
        const schOrEnv = compile_1.resolveRef.call(self, root, baseId, $ref);
        if (schOrEnv === void 0)
          throw new ref_error_1.default(it.opts.uriResolver, baseId, $ref);
        if (schOrEnv instanceof compile_1.SchemaEnv)
          return callValidate(schOrEnv);
        return inlineRefSchema(schOrEnv);
        function callRootRef() {
          if (env === root)
            return callRef(cxt, validateName, env, env.$async);
          const rootName = gen.scopeValue("root", { ref: root });
          return callRef(cxt, (0, codegen_1._)`${rootName}.validate`, root, root.$async);
        }
        function callValidate(sch) {
          const v = getValidate(cxt, sch);
          callRef(cxt, v, sch, sch.$async);
        }
        function inlineRefSchema(sch) {
          const schName = gen.scopeValue("schema", opts.code.source === true ? { ref: sch, code: (0, codegen_1.stringify)(sch) } : { ref: sch });
          const valid = gen.name("valid");
          const schCxt = cxt.subschema({
            schema: sch,
            dataTypes: [],
            schemaPath: codegen_1.nil,
            topSchemaRef: schName,
            errSchemaPath: $ref
          }, valid);
          cxt.mergeEvaluated(schCxt);
          cxt.ok(valid);
        }
      }
    };
    function getValidate(cxt, sch) {
      const { gen } = cxt;
      return sch.validate ? gen.scopeValue("validate", { ref: sch.validate }) : (0, codegen_1._)`${gen.scopeValue("wrapper", { ref: sch })}.validate`;
    }
    exports.getValidate = getValidate;
    function callRef(cxt, v, sch, $async) {
      const { gen, it } = cxt;
      const { allErrors, schemaEnv: env, opts } = it;
      const passCxt = opts.passContext ? names_1.default.this : codegen_1.nil;
      if ($async)
        callAsyncRef();
      else
        callSyncRef();
      function callAsyncRef() {
        if (!env.$async)
          throw new Error("async schema referenced by sync schema");
        const valid = gen.let("valid");
        gen.try(() => {
          gen.code((0, codegen_1._)`await ${(0, code_1.callValidateCode)(cxt, v, passCxt)}`);
          addEvaluatedFrom(v);
          if (!allErrors)
            gen.assign(valid, true);
        }, (e) => {
          gen.if((0, codegen_1._)`!(${e} instanceof ${it.ValidationError})`, () => gen.throw(e));
          addErrorsFrom(e);
          if (!allErrors)
            gen.assign(valid, false);
        });
        cxt.ok(valid);
      }
      function callSyncRef() {
        cxt.result((0, code_1.callValidateCode)(cxt, v, passCxt), () => addEvaluatedFrom(v), () => addErrorsFrom(v));
      }
      function addErrorsFrom(source) {
        const errs = (0, codegen_1._)`${source}.errors`;
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`);
        gen.assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
      }
      function addEvaluatedFrom(source) {
        var _a;
        if (!it.opts.unevaluated)
          return;
        const schEvaluated = (_a = sch === null || sch === void 0 ? void 0 : sch.validate) === null || _a === void 0 ? void 0 : _a.evaluated;
        if (it.props !== true) {
          if (schEvaluated && !schEvaluated.dynamicProps) {
            if (schEvaluated.props !== void 0) {
              it.props = util_1.mergeEvaluated.props(gen, schEvaluated.props, it.props);
            }
          } else {
            const props = gen.var("props", (0, codegen_1._)`${source}.evaluated.props`);
            it.props = util_1.mergeEvaluated.props(gen, props, it.props, codegen_1.Name);
          }
        }
        if (it.items !== true) {
          if (schEvaluated && !schEvaluated.dynamicItems) {
            if (schEvaluated.items !== void 0) {
              it.items = util_1.mergeEvaluated.items(gen, schEvaluated.items, it.items);
            }
          } else {
            const items = gen.var("items", (0, codegen_1._)`${source}.evaluated.items`);
            it.items = util_1.mergeEvaluated.items(gen, items, it.items, codegen_1.Name);
          }
        }
      }
    }
    exports.callRef = callRef;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/index.js
var require_core2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var id_1 = require_id();
    var ref_1 = require_ref();
    var core = [
      "$schema",
      "$id",
      "$defs",
      "$vocabulary",
      { keyword: "$comment" },
      "definitions",
      id_1.default,
      ref_1.default
    ];
    exports.default = core;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitNumber.js
var require_limitNumber = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitNumber.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      maximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      minimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      exclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      exclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`must be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    var def = {
      keyword: Object.keys(KWDs),
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        cxt.fail$data((0, codegen_1._)`${data} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data})`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/multipleOf.js
var require_multipleOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/multipleOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must be multiple of ${schemaCode}`,
      params: ({ schemaCode }) => (0, codegen_1._)`{multipleOf: ${schemaCode}}`
    };
    var def = {
      keyword: "multipleOf",
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, schemaCode, it } = cxt;
        const prec = it.opts.multipleOfPrecision;
        const res = gen.let("res");
        const invalid = prec ? (0, codegen_1._)`Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}` : (0, codegen_1._)`${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._)`(${schemaCode} === 0 || (${res} = ${data}/${schemaCode}, ${invalid}))`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitLength.js
var require_limitLength = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitLength.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var ucs2length_1 = require_ucs2length();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxLength" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} characters`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxLength", "minLength"],
      type: "string",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode, it } = cxt;
        const op = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT;
        const len = it.opts.unicode === false ? (0, codegen_1._)`${data}.length` : (0, codegen_1._)`${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data})`;
        cxt.fail$data((0, codegen_1._)`${len} ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/pattern.js
var require_pattern = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/pattern.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var util_1 = require_util();
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match pattern "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{pattern: ${schemaCode}}`
    };
    var def = {
      keyword: "pattern",
      type: "string",
      schemaType: "string",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const u = it.opts.unicodeRegExp ? "u" : "";
        if ($data) {
          const { regExp } = it.opts.code;
          const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._)`new RegExp` : (0, util_1.useFunc)(gen, regExp);
          const valid = gen.let("valid");
          gen.try(() => gen.assign(valid, (0, codegen_1._)`${regExpCode}(${schemaCode}, ${u}).test(${data})`), () => gen.assign(valid, false));
          cxt.fail$data((0, codegen_1._)`!${valid}`);
        } else {
          const regExp = (0, code_1.usePattern)(cxt, schema);
          cxt.fail$data((0, codegen_1._)`!${regExp}.test(${data})`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitProperties.js
var require_limitProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxProperties" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} properties`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxProperties", "minProperties"],
      type: "object",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`Object.keys(${data}).length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/required.js
var require_required = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/required.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { missingProperty } }) => (0, codegen_1.str)`must have required property '${missingProperty}'`,
      params: ({ params: { missingProperty } }) => (0, codegen_1._)`{missingProperty: ${missingProperty}}`
    };
    var def = {
      keyword: "required",
      type: "object",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, schema, schemaCode, data, $data, it } = cxt;
        const { opts } = it;
        if (!$data && schema.length === 0)
          return;
        const useLoop = schema.length >= opts.loopRequired;
        if (it.allErrors)
          allErrorsMode();
        else
          exitOnErrorMode();
        if (opts.strictRequired) {
          const props = cxt.parentSchema.properties;
          const { definedProperties } = cxt.it;
          for (const requiredKey of schema) {
            if ((props === null || props === void 0 ? void 0 : props[requiredKey]) === void 0 && !definedProperties.has(requiredKey)) {
              const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
              const msg = `required property "${requiredKey}" is not defined at "${schemaPath}" (strictRequired)`;
              (0, util_1.checkStrictMode)(it, msg, it.opts.strictRequired);
            }
          }
        }
        function allErrorsMode() {
          if (useLoop || $data) {
            cxt.block$data(codegen_1.nil, loopAllRequired);
          } else {
            for (const prop of schema) {
              (0, code_1.checkReportMissingProp)(cxt, prop);
            }
          }
        }
        function exitOnErrorMode() {
          const missing = gen.let("missing");
          if (useLoop || $data) {
            const valid = gen.let("valid", true);
            cxt.block$data(valid, () => loopUntilMissing(missing, valid));
            cxt.ok(valid);
          } else {
            gen.if((0, code_1.checkMissingProp)(cxt, schema, missing));
            (0, code_1.reportMissingProp)(cxt, missing);
            gen.else();
          }
        }
        function loopAllRequired() {
          gen.forOf("prop", schemaCode, (prop) => {
            cxt.setParams({ missingProperty: prop });
            gen.if((0, code_1.noPropertyInData)(gen, data, prop, opts.ownProperties), () => cxt.error());
          });
        }
        function loopUntilMissing(missing, valid) {
          cxt.setParams({ missingProperty: missing });
          gen.forOf(missing, schemaCode, () => {
            gen.assign(valid, (0, code_1.propertyInData)(gen, data, missing, opts.ownProperties));
            gen.if((0, codegen_1.not)(valid), () => {
              cxt.error();
              gen.break();
            });
          }, codegen_1.nil);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitItems.js
var require_limitItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxItems" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} items`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxItems", "minItems"],
      type: "array",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`${data}.length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

// node_modules/ajv/dist/vocabularies/validation/uniqueItems.js
var require_uniqueItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/uniqueItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dataType_1 = require_dataType();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: ({ params: { i, j } }) => (0, codegen_1.str)`must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
      params: ({ params: { i, j } }) => (0, codegen_1._)`{i: ${i}, j: ${j}}`
    };
    var def = {
      keyword: "uniqueItems",
      type: "array",
      schemaType: "boolean",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, parentSchema, schemaCode, it } = cxt;
        if (!$data && !schema)
          return;
        const valid = gen.let("valid");
        const itemTypes = parentSchema.items ? (0, dataType_1.getSchemaTypes)(parentSchema.items) : [];
        cxt.block$data(valid, validateUniqueItems, (0, codegen_1._)`${schemaCode} === false`);
        cxt.ok(valid);
        function validateUniqueItems() {
          const i = gen.let("i", (0, codegen_1._)`${data}.length`);
          const j = gen.let("j");
          cxt.setParams({ i, j });
          gen.assign(valid, true);
          gen.if((0, codegen_1._)`${i} > 1`, () => (canOptimize() ? loopN : loopN2)(i, j));
        }
        function canOptimize() {
          return itemTypes.length > 0 && !itemTypes.some((t) => t === "object" || t === "array");
        }
        function loopN(i, j) {
          const item = gen.name("item");
          const wrongType = (0, dataType_1.checkDataTypes)(itemTypes, item, it.opts.strictNumbers, dataType_1.DataType.Wrong);
          const indices = gen.const("indices", (0, codegen_1._)`{}`);
          gen.for((0, codegen_1._)`;${i}--;`, () => {
            gen.let(item, (0, codegen_1._)`${data}[${i}]`);
            gen.if(wrongType, (0, codegen_1._)`continue`);
            if (itemTypes.length > 1)
              gen.if((0, codegen_1._)`typeof ${item} == "string"`, (0, codegen_1._)`${item} += "_"`);
            gen.if((0, codegen_1._)`typeof ${indices}[${item}] == "number"`, () => {
              gen.assign(j, (0, codegen_1._)`${indices}[${item}]`);
              cxt.error();
              gen.assign(valid, false).break();
            }).code((0, codegen_1._)`${indices}[${item}] = ${i}`);
          });
        }
        function loopN2(i, j) {
          const eql = (0, util_1.useFunc)(gen, equal_1.default);
          const outer = gen.name("outer");
          gen.label(outer).for((0, codegen_1._)`;${i}--;`, () => gen.for((0, codegen_1._)`${j} = ${i}; ${j}--;`, () => gen.if((0, codegen_1._)`${eql}(${data}[${i}], ${data}[${j}])`, () => {
            cxt.error();
            gen.assign(valid, false).break(outer);
          })));
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/const.js
var require_const = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/const.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to constant",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValue: ${schemaCode}}`
    };
    var def = {
      keyword: "const",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schemaCode, schema } = cxt;
        if ($data || schema && typeof schema == "object") {
          cxt.fail$data((0, codegen_1._)`!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode})`);
        } else {
          cxt.fail((0, codegen_1._)`${schema} !== ${data}`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/enum.js
var require_enum = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/enum.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to one of the allowed values",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValues: ${schemaCode}}`
    };
    var def = {
      keyword: "enum",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        if (!$data && schema.length === 0)
          throw new Error("enum must have non-empty array");
        const useLoop = schema.length >= it.opts.loopEnum;
        let eql;
        const getEql = () => eql !== null && eql !== void 0 ? eql : eql = (0, util_1.useFunc)(gen, equal_1.default);
        let valid;
        if (useLoop || $data) {
          valid = gen.let("valid");
          cxt.block$data(valid, loopEnum);
        } else {
          if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
          const vSchema = gen.const("vSchema", schemaCode);
          valid = (0, codegen_1.or)(...schema.map((_x, i) => equalCode(vSchema, i)));
        }
        cxt.pass(valid);
        function loopEnum() {
          gen.assign(valid, false);
          gen.forOf("v", schemaCode, (v) => gen.if((0, codegen_1._)`${getEql()}(${data}, ${v})`, () => gen.assign(valid, true).break()));
        }
        function equalCode(vSchema, i) {
          const sch = schema[i];
          return typeof sch === "object" && sch !== null ? (0, codegen_1._)`${getEql()}(${data}, ${vSchema}[${i}])` : (0, codegen_1._)`${data} === ${sch}`;
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/index.js
var require_validation = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var limitNumber_1 = require_limitNumber();
    var multipleOf_1 = require_multipleOf();
    var limitLength_1 = require_limitLength();
    var pattern_1 = require_pattern();
    var limitProperties_1 = require_limitProperties();
    var required_1 = require_required();
    var limitItems_1 = require_limitItems();
    var uniqueItems_1 = require_uniqueItems();
    var const_1 = require_const();
    var enum_1 = require_enum();
    var validation = [
      // number
      limitNumber_1.default,
      multipleOf_1.default,
      // string
      limitLength_1.default,
      pattern_1.default,
      // object
      limitProperties_1.default,
      required_1.default,
      // array
      limitItems_1.default,
      uniqueItems_1.default,
      // any
      { keyword: "type", schemaType: ["string", "array"] },
      { keyword: "nullable", schemaType: "boolean" },
      const_1.default,
      enum_1.default
    ];
    exports.default = validation;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalItems.js
var require_additionalItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateAdditionalItems = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "additionalItems",
      type: "array",
      schemaType: ["boolean", "object"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { parentSchema, it } = cxt;
        const { items } = parentSchema;
        if (!Array.isArray(items)) {
          (0, util_1.checkStrictMode)(it, '"additionalItems" is ignored when "items" is not an array of schemas');
          return;
        }
        validateAdditionalItems(cxt, items);
      }
    };
    function validateAdditionalItems(cxt, items) {
      const { gen, schema, data, keyword, it } = cxt;
      it.items = true;
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      if (schema === false) {
        cxt.setParams({ len: items.length });
        cxt.pass((0, codegen_1._)`${len} <= ${items.length}`);
      } else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
        const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items.length}`);
        gen.if((0, codegen_1.not)(valid), () => validateItems(valid));
        cxt.ok(valid);
      }
      function validateItems(valid) {
        gen.forRange("i", items.length, len, (i) => {
          cxt.subschema({ keyword, dataProp: i, dataPropType: util_1.Type.Num }, valid);
          if (!it.allErrors)
            gen.if((0, codegen_1.not)(valid), () => gen.break());
        });
      }
    }
    exports.validateAdditionalItems = validateAdditionalItems;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items.js
var require_items = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateTuple = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "array", "boolean"],
      before: "uniqueItems",
      code(cxt) {
        const { schema, it } = cxt;
        if (Array.isArray(schema))
          return validateTuple(cxt, "additionalItems", schema);
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    function validateTuple(cxt, extraItems, schArr = cxt.schema) {
      const { gen, parentSchema, data, keyword, it } = cxt;
      checkStrictTuple(parentSchema);
      if (it.opts.unevaluated && schArr.length && it.items !== true) {
        it.items = util_1.mergeEvaluated.items(gen, schArr.length, it.items);
      }
      const valid = gen.name("valid");
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      schArr.forEach((sch, i) => {
        if ((0, util_1.alwaysValidSchema)(it, sch))
          return;
        gen.if((0, codegen_1._)`${len} > ${i}`, () => cxt.subschema({
          keyword,
          schemaProp: i,
          dataProp: i
        }, valid));
        cxt.ok(valid);
      });
      function checkStrictTuple(sch) {
        const { opts, errSchemaPath } = it;
        const l = schArr.length;
        const fullTuple = l === sch.minItems && (l === sch.maxItems || sch[extraItems] === false);
        if (opts.strictTuples && !fullTuple) {
          const msg = `"${keyword}" is ${l}-tuple, but minItems or maxItems/${extraItems} are not specified or different at path "${errSchemaPath}"`;
          (0, util_1.checkStrictMode)(it, msg, opts.strictTuples);
        }
      }
    }
    exports.validateTuple = validateTuple;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/prefixItems.js
var require_prefixItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/prefixItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var items_1 = require_items();
    var def = {
      keyword: "prefixItems",
      type: "array",
      schemaType: ["array"],
      before: "uniqueItems",
      code: (cxt) => (0, items_1.validateTuple)(cxt, "items")
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items2020.js
var require_items2020 = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items2020.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var additionalItems_1 = require_additionalItems();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { schema, parentSchema, it } = cxt;
        const { prefixItems } = parentSchema;
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        if (prefixItems)
          (0, additionalItems_1.validateAdditionalItems)(cxt, prefixItems);
        else
          cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/contains.js
var require_contains = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/contains.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1.str)`must contain at least ${min} valid item(s)` : (0, codegen_1.str)`must contain at least ${min} and no more than ${max} valid item(s)`,
      params: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1._)`{minContains: ${min}}` : (0, codegen_1._)`{minContains: ${min}, maxContains: ${max}}`
    };
    var def = {
      keyword: "contains",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        let min;
        let max;
        const { minContains, maxContains } = parentSchema;
        if (it.opts.next) {
          min = minContains === void 0 ? 1 : minContains;
          max = maxContains;
        } else {
          min = 1;
        }
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        cxt.setParams({ min, max });
        if (max === void 0 && min === 0) {
          (0, util_1.checkStrictMode)(it, `"minContains" == 0 without "maxContains": "contains" keyword ignored`);
          return;
        }
        if (max !== void 0 && min > max) {
          (0, util_1.checkStrictMode)(it, `"minContains" > "maxContains" is always invalid`);
          cxt.fail();
          return;
        }
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          let cond = (0, codegen_1._)`${len} >= ${min}`;
          if (max !== void 0)
            cond = (0, codegen_1._)`${cond} && ${len} <= ${max}`;
          cxt.pass(cond);
          return;
        }
        it.items = true;
        const valid = gen.name("valid");
        if (max === void 0 && min === 1) {
          validateItems(valid, () => gen.if(valid, () => gen.break()));
        } else if (min === 0) {
          gen.let(valid, true);
          if (max !== void 0)
            gen.if((0, codegen_1._)`${data}.length > 0`, validateItemsWithCount);
        } else {
          gen.let(valid, false);
          validateItemsWithCount();
        }
        cxt.result(valid, () => cxt.reset());
        function validateItemsWithCount() {
          const schValid = gen.name("_valid");
          const count = gen.let("count", 0);
          validateItems(schValid, () => gen.if(schValid, () => checkLimits(count)));
        }
        function validateItems(_valid, block) {
          gen.forRange("i", 0, len, (i) => {
            cxt.subschema({
              keyword: "contains",
              dataProp: i,
              dataPropType: util_1.Type.Num,
              compositeRule: true
            }, _valid);
            block();
          });
        }
        function checkLimits(count) {
          gen.code((0, codegen_1._)`${count}++`);
          if (max === void 0) {
            gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true).break());
          } else {
            gen.if((0, codegen_1._)`${count} > ${max}`, () => gen.assign(valid, false).break());
            if (min === 1)
              gen.assign(valid, true);
            else
              gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true));
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/dependencies.js
var require_dependencies = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/dependencies.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateSchemaDeps = exports.validatePropertyDeps = exports.error = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    exports.error = {
      message: ({ params: { property, depsCount, deps } }) => {
        const property_ies = depsCount === 1 ? "property" : "properties";
        return (0, codegen_1.str)`must have ${property_ies} ${deps} when property ${property} is present`;
      },
      params: ({ params: { property, depsCount, deps, missingProperty } }) => (0, codegen_1._)`{property: ${property},
    missingProperty: ${missingProperty},
    depsCount: ${depsCount},
    deps: ${deps}}`
      // TODO change to reference
    };
    var def = {
      keyword: "dependencies",
      type: "object",
      schemaType: "object",
      error: exports.error,
      code(cxt) {
        const [propDeps, schDeps] = splitDependencies(cxt);
        validatePropertyDeps(cxt, propDeps);
        validateSchemaDeps(cxt, schDeps);
      }
    };
    function splitDependencies({ schema }) {
      const propertyDeps = {};
      const schemaDeps = {};
      for (const key in schema) {
        if (key === "__proto__")
          continue;
        const deps = Array.isArray(schema[key]) ? propertyDeps : schemaDeps;
        deps[key] = schema[key];
      }
      return [propertyDeps, schemaDeps];
    }
    function validatePropertyDeps(cxt, propertyDeps = cxt.schema) {
      const { gen, data, it } = cxt;
      if (Object.keys(propertyDeps).length === 0)
        return;
      const missing = gen.let("missing");
      for (const prop in propertyDeps) {
        const deps = propertyDeps[prop];
        if (deps.length === 0)
          continue;
        const hasProperty = (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties);
        cxt.setParams({
          property: prop,
          depsCount: deps.length,
          deps: deps.join(", ")
        });
        if (it.allErrors) {
          gen.if(hasProperty, () => {
            for (const depProp of deps) {
              (0, code_1.checkReportMissingProp)(cxt, depProp);
            }
          });
        } else {
          gen.if((0, codegen_1._)`${hasProperty} && (${(0, code_1.checkMissingProp)(cxt, deps, missing)})`);
          (0, code_1.reportMissingProp)(cxt, missing);
          gen.else();
        }
      }
    }
    exports.validatePropertyDeps = validatePropertyDeps;
    function validateSchemaDeps(cxt, schemaDeps = cxt.schema) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      for (const prop in schemaDeps) {
        if ((0, util_1.alwaysValidSchema)(it, schemaDeps[prop]))
          continue;
        gen.if(
          (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties),
          () => {
            const schCxt = cxt.subschema({ keyword, schemaProp: prop }, valid);
            cxt.mergeValidEvaluated(schCxt, valid);
          },
          () => gen.var(valid, true)
          // TODO var
        );
        cxt.ok(valid);
      }
    }
    exports.validateSchemaDeps = validateSchemaDeps;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/propertyNames.js
var require_propertyNames = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/propertyNames.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "property name must be valid",
      params: ({ params }) => (0, codegen_1._)`{propertyName: ${params.propertyName}}`
    };
    var def = {
      keyword: "propertyNames",
      type: "object",
      schemaType: ["object", "boolean"],
      error,
      code(cxt) {
        const { gen, schema, data, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        const valid = gen.name("valid");
        gen.forIn("key", data, (key) => {
          cxt.setParams({ propertyName: key });
          cxt.subschema({
            keyword: "propertyNames",
            data: key,
            dataTypes: ["string"],
            propertyName: key,
            compositeRule: true
          }, valid);
          gen.if((0, codegen_1.not)(valid), () => {
            cxt.error(true);
            if (!it.allErrors)
              gen.break();
          });
        });
        cxt.ok(valid);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js
var require_additionalProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var util_1 = require_util();
    var error = {
      message: "must NOT have additional properties",
      params: ({ params }) => (0, codegen_1._)`{additionalProperty: ${params.additionalProperty}}`
    };
    var def = {
      keyword: "additionalProperties",
      type: ["object"],
      schemaType: ["boolean", "object"],
      allowUndefined: true,
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, opts } = it;
        it.props = true;
        if (opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema))
          return;
        const props = (0, code_1.allSchemaProperties)(parentSchema.properties);
        const patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);
        checkAdditionalProperties();
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function checkAdditionalProperties() {
          gen.forIn("key", data, (key) => {
            if (!props.length && !patProps.length)
              additionalPropertyCode(key);
            else
              gen.if(isAdditional(key), () => additionalPropertyCode(key));
          });
        }
        function isAdditional(key) {
          let definedProp;
          if (props.length > 8) {
            const propsSchema = (0, util_1.schemaRefOrVal)(it, parentSchema.properties, "properties");
            definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key);
          } else if (props.length) {
            definedProp = (0, codegen_1.or)(...props.map((p) => (0, codegen_1._)`${key} === ${p}`));
          } else {
            definedProp = codegen_1.nil;
          }
          if (patProps.length) {
            definedProp = (0, codegen_1.or)(definedProp, ...patProps.map((p) => (0, codegen_1._)`${(0, code_1.usePattern)(cxt, p)}.test(${key})`));
          }
          return (0, codegen_1.not)(definedProp);
        }
        function deleteAdditional(key) {
          gen.code((0, codegen_1._)`delete ${data}[${key}]`);
        }
        function additionalPropertyCode(key) {
          if (opts.removeAdditional === "all" || opts.removeAdditional && schema === false) {
            deleteAdditional(key);
            return;
          }
          if (schema === false) {
            cxt.setParams({ additionalProperty: key });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.name("valid");
            if (opts.removeAdditional === "failing") {
              applyAdditionalSchema(key, valid, false);
              gen.if((0, codegen_1.not)(valid), () => {
                cxt.reset();
                deleteAdditional(key);
              });
            } else {
              applyAdditionalSchema(key, valid);
              if (!allErrors)
                gen.if((0, codegen_1.not)(valid), () => gen.break());
            }
          }
        }
        function applyAdditionalSchema(key, valid, errors) {
          const subschema = {
            keyword: "additionalProperties",
            dataProp: key,
            dataPropType: util_1.Type.Str
          };
          if (errors === false) {
            Object.assign(subschema, {
              compositeRule: true,
              createErrors: false,
              allErrors: false
            });
          }
          cxt.subschema(subschema, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/properties.js
var require_properties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/properties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var validate_1 = require_validate();
    var code_1 = require_code2();
    var util_1 = require_util();
    var additionalProperties_1 = require_additionalProperties();
    var def = {
      keyword: "properties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        if (it.opts.removeAdditional === "all" && parentSchema.additionalProperties === void 0) {
          additionalProperties_1.default.code(new validate_1.KeywordCxt(it, additionalProperties_1.default, "additionalProperties"));
        }
        const allProps = (0, code_1.allSchemaProperties)(schema);
        for (const prop of allProps) {
          it.definedProperties.add(prop);
        }
        if (it.opts.unevaluated && allProps.length && it.props !== true) {
          it.props = util_1.mergeEvaluated.props(gen, (0, util_1.toHash)(allProps), it.props);
        }
        const properties = allProps.filter((p) => !(0, util_1.alwaysValidSchema)(it, schema[p]));
        if (properties.length === 0)
          return;
        const valid = gen.name("valid");
        for (const prop of properties) {
          if (hasDefault(prop)) {
            applyPropertySchema(prop);
          } else {
            gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties));
            applyPropertySchema(prop);
            if (!it.allErrors)
              gen.else().var(valid, true);
            gen.endIf();
          }
          cxt.it.definedProperties.add(prop);
          cxt.ok(valid);
        }
        function hasDefault(prop) {
          return it.opts.useDefaults && !it.compositeRule && schema[prop].default !== void 0;
        }
        function applyPropertySchema(prop) {
          cxt.subschema({
            keyword: "properties",
            schemaProp: prop,
            dataProp: prop
          }, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/patternProperties.js
var require_patternProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/patternProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var util_2 = require_util();
    var def = {
      keyword: "patternProperties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, data, parentSchema, it } = cxt;
        const { opts } = it;
        const patterns = (0, code_1.allSchemaProperties)(schema);
        const alwaysValidPatterns = patterns.filter((p) => (0, util_1.alwaysValidSchema)(it, schema[p]));
        if (patterns.length === 0 || alwaysValidPatterns.length === patterns.length && (!it.opts.unevaluated || it.props === true)) {
          return;
        }
        const checkProperties = opts.strictSchema && !opts.allowMatchingProperties && parentSchema.properties;
        const valid = gen.name("valid");
        if (it.props !== true && !(it.props instanceof codegen_1.Name)) {
          it.props = (0, util_2.evaluatedPropsToName)(gen, it.props);
        }
        const { props } = it;
        validatePatternProperties();
        function validatePatternProperties() {
          for (const pat of patterns) {
            if (checkProperties)
              checkMatchingProperties(pat);
            if (it.allErrors) {
              validateProperties(pat);
            } else {
              gen.var(valid, true);
              validateProperties(pat);
              gen.if(valid);
            }
          }
        }
        function checkMatchingProperties(pat) {
          for (const prop in checkProperties) {
            if (new RegExp(pat).test(prop)) {
              (0, util_1.checkStrictMode)(it, `property ${prop} matches pattern ${pat} (use allowMatchingProperties)`);
            }
          }
        }
        function validateProperties(pat) {
          gen.forIn("key", data, (key) => {
            gen.if((0, codegen_1._)`${(0, code_1.usePattern)(cxt, pat)}.test(${key})`, () => {
              const alwaysValid = alwaysValidPatterns.includes(pat);
              if (!alwaysValid) {
                cxt.subschema({
                  keyword: "patternProperties",
                  schemaProp: pat,
                  dataProp: key,
                  dataPropType: util_2.Type.Str
                }, valid);
              }
              if (it.opts.unevaluated && props !== true) {
                gen.assign((0, codegen_1._)`${props}[${key}]`, true);
              } else if (!alwaysValid && !it.allErrors) {
                gen.if((0, codegen_1.not)(valid), () => gen.break());
              }
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/not.js
var require_not = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/not.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "not",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      code(cxt) {
        const { gen, schema, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          cxt.fail();
          return;
        }
        const valid = gen.name("valid");
        cxt.subschema({
          keyword: "not",
          compositeRule: true,
          createErrors: false,
          allErrors: false
        }, valid);
        cxt.failResult(valid, () => cxt.reset(), () => cxt.error());
      },
      error: { message: "must NOT be valid" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/anyOf.js
var require_anyOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/anyOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var def = {
      keyword: "anyOf",
      schemaType: "array",
      trackErrors: true,
      code: code_1.validateUnion,
      error: { message: "must match a schema in anyOf" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/oneOf.js
var require_oneOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/oneOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "must match exactly one schema in oneOf",
      params: ({ params }) => (0, codegen_1._)`{passingSchemas: ${params.passing}}`
    };
    var def = {
      keyword: "oneOf",
      schemaType: "array",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        if (it.opts.discriminator && parentSchema.discriminator)
          return;
        const schArr = schema;
        const valid = gen.let("valid", false);
        const passing = gen.let("passing", null);
        const schValid = gen.name("_valid");
        cxt.setParams({ passing });
        gen.block(validateOneOf);
        cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
        function validateOneOf() {
          schArr.forEach((sch, i) => {
            let schCxt;
            if ((0, util_1.alwaysValidSchema)(it, sch)) {
              gen.var(schValid, true);
            } else {
              schCxt = cxt.subschema({
                keyword: "oneOf",
                schemaProp: i,
                compositeRule: true
              }, schValid);
            }
            if (i > 0) {
              gen.if((0, codegen_1._)`${schValid} && ${valid}`).assign(valid, false).assign(passing, (0, codegen_1._)`[${passing}, ${i}]`).else();
            }
            gen.if(schValid, () => {
              gen.assign(valid, true);
              gen.assign(passing, i);
              if (schCxt)
                cxt.mergeEvaluated(schCxt, codegen_1.Name);
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/allOf.js
var require_allOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/allOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "allOf",
      schemaType: "array",
      code(cxt) {
        const { gen, schema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        const valid = gen.name("valid");
        schema.forEach((sch, i) => {
          if ((0, util_1.alwaysValidSchema)(it, sch))
            return;
          const schCxt = cxt.subschema({ keyword: "allOf", schemaProp: i }, valid);
          cxt.ok(valid);
          cxt.mergeEvaluated(schCxt);
        });
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/if.js
var require_if = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/if.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params }) => (0, codegen_1.str)`must match "${params.ifClause}" schema`,
      params: ({ params }) => (0, codegen_1._)`{failingKeyword: ${params.ifClause}}`
    };
    var def = {
      keyword: "if",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, parentSchema, it } = cxt;
        if (parentSchema.then === void 0 && parentSchema.else === void 0) {
          (0, util_1.checkStrictMode)(it, '"if" without "then" and "else" is ignored');
        }
        const hasThen = hasSchema(it, "then");
        const hasElse = hasSchema(it, "else");
        if (!hasThen && !hasElse)
          return;
        const valid = gen.let("valid", true);
        const schValid = gen.name("_valid");
        validateIf();
        cxt.reset();
        if (hasThen && hasElse) {
          const ifClause = gen.let("ifClause");
          cxt.setParams({ ifClause });
          gen.if(schValid, validateClause("then", ifClause), validateClause("else", ifClause));
        } else if (hasThen) {
          gen.if(schValid, validateClause("then"));
        } else {
          gen.if((0, codegen_1.not)(schValid), validateClause("else"));
        }
        cxt.pass(valid, () => cxt.error(true));
        function validateIf() {
          const schCxt = cxt.subschema({
            keyword: "if",
            compositeRule: true,
            createErrors: false,
            allErrors: false
          }, schValid);
          cxt.mergeEvaluated(schCxt);
        }
        function validateClause(keyword, ifClause) {
          return () => {
            const schCxt = cxt.subschema({ keyword }, schValid);
            gen.assign(valid, schValid);
            cxt.mergeValidEvaluated(schCxt, valid);
            if (ifClause)
              gen.assign(ifClause, (0, codegen_1._)`${keyword}`);
            else
              cxt.setParams({ ifClause: keyword });
          };
        }
      }
    };
    function hasSchema(it, keyword) {
      const schema = it.schema[keyword];
      return schema !== void 0 && !(0, util_1.alwaysValidSchema)(it, schema);
    }
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/thenElse.js
var require_thenElse = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/thenElse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["then", "else"],
      schemaType: ["object", "boolean"],
      code({ keyword, parentSchema, it }) {
        if (parentSchema.if === void 0)
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "if" is ignored`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/index.js
var require_applicator = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var additionalItems_1 = require_additionalItems();
    var prefixItems_1 = require_prefixItems();
    var items_1 = require_items();
    var items2020_1 = require_items2020();
    var contains_1 = require_contains();
    var dependencies_1 = require_dependencies();
    var propertyNames_1 = require_propertyNames();
    var additionalProperties_1 = require_additionalProperties();
    var properties_1 = require_properties();
    var patternProperties_1 = require_patternProperties();
    var not_1 = require_not();
    var anyOf_1 = require_anyOf();
    var oneOf_1 = require_oneOf();
    var allOf_1 = require_allOf();
    var if_1 = require_if();
    var thenElse_1 = require_thenElse();
    function getApplicator(draft2020 = false) {
      const applicator = [
        // any
        not_1.default,
        anyOf_1.default,
        oneOf_1.default,
        allOf_1.default,
        if_1.default,
        thenElse_1.default,
        // object
        propertyNames_1.default,
        additionalProperties_1.default,
        dependencies_1.default,
        properties_1.default,
        patternProperties_1.default
      ];
      if (draft2020)
        applicator.push(prefixItems_1.default, items2020_1.default);
      else
        applicator.push(additionalItems_1.default, items_1.default);
      applicator.push(contains_1.default);
      return applicator;
    }
    exports.default = getApplicator;
  }
});

// node_modules/ajv/dist/vocabularies/format/format.js
var require_format = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/format.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match format "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{format: ${schemaCode}}`
    };
    var def = {
      keyword: "format",
      type: ["number", "string"],
      schemaType: "string",
      $data: true,
      error,
      code(cxt, ruleType) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const { opts, errSchemaPath, schemaEnv, self } = it;
        if (!opts.validateFormats)
          return;
        if ($data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fDef = gen.const("fDef", (0, codegen_1._)`${fmts}[${schemaCode}]`);
          const fType = gen.let("fType");
          const format = gen.let("format");
          gen.if((0, codegen_1._)`typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._)`${fDef}.type || "string"`).assign(format, (0, codegen_1._)`${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._)`"string"`).assign(format, fDef));
          cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
          function unknownFmt() {
            if (opts.strictSchema === false)
              return codegen_1.nil;
            return (0, codegen_1._)`${schemaCode} && !${format}`;
          }
          function invalidFmt() {
            const callFormat = schemaEnv.$async ? (0, codegen_1._)`(${fDef}.async ? await ${format}(${data}) : ${format}(${data}))` : (0, codegen_1._)`${format}(${data})`;
            const validData = (0, codegen_1._)`(typeof ${format} == "function" ? ${callFormat} : ${format}.test(${data}))`;
            return (0, codegen_1._)`${format} && ${format} !== true && ${fType} === ${ruleType} && !${validData}`;
          }
        }
        function validateFormat() {
          const formatDef = self.formats[schema];
          if (!formatDef) {
            unknownFormat();
            return;
          }
          if (formatDef === true)
            return;
          const [fmtType, format, fmtRef] = getFormat(formatDef);
          if (fmtType === ruleType)
            cxt.pass(validCondition());
          function unknownFormat() {
            if (opts.strictSchema === false) {
              self.logger.warn(unknownMsg());
              return;
            }
            throw new Error(unknownMsg());
            function unknownMsg() {
              return `unknown format "${schema}" ignored in schema at path "${errSchemaPath}"`;
            }
          }
          function getFormat(fmtDef) {
            const code = fmtDef instanceof RegExp ? (0, codegen_1.regexpCode)(fmtDef) : opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(schema)}` : void 0;
            const fmt = gen.scopeValue("formats", { key: schema, ref: fmtDef, code });
            if (typeof fmtDef == "object" && !(fmtDef instanceof RegExp)) {
              return [fmtDef.type || "string", fmtDef.validate, (0, codegen_1._)`${fmt}.validate`];
            }
            return ["string", fmtDef, fmt];
          }
          function validCondition() {
            if (typeof formatDef == "object" && !(formatDef instanceof RegExp) && formatDef.async) {
              if (!schemaEnv.$async)
                throw new Error("async format in sync schema");
              return (0, codegen_1._)`await ${fmtRef}(${data})`;
            }
            return typeof format == "function" ? (0, codegen_1._)`${fmtRef}(${data})` : (0, codegen_1._)`${fmtRef}.test(${data})`;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/format/index.js
var require_format2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var format_1 = require_format();
    var format = [format_1.default];
    exports.default = format;
  }
});

// node_modules/ajv/dist/vocabularies/metadata.js
var require_metadata = __commonJS({
  "node_modules/ajv/dist/vocabularies/metadata.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.contentVocabulary = exports.metadataVocabulary = void 0;
    exports.metadataVocabulary = [
      "title",
      "description",
      "default",
      "deprecated",
      "readOnly",
      "writeOnly",
      "examples"
    ];
    exports.contentVocabulary = [
      "contentMediaType",
      "contentEncoding",
      "contentSchema"
    ];
  }
});

// node_modules/ajv/dist/vocabularies/draft7.js
var require_draft7 = __commonJS({
  "node_modules/ajv/dist/vocabularies/draft7.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var format_1 = require_format2();
    var metadata_1 = require_metadata();
    var draft7Vocabularies = [
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary
    ];
    exports.default = draft7Vocabularies;
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/types.js
var require_types = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/types.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DiscrError = void 0;
    var DiscrError;
    (function(DiscrError2) {
      DiscrError2["Tag"] = "tag";
      DiscrError2["Mapping"] = "mapping";
    })(DiscrError || (exports.DiscrError = DiscrError = {}));
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/index.js
var require_discriminator = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var types_1 = require_types();
    var compile_1 = require_compile();
    var ref_error_1 = require_ref_error();
    var util_1 = require_util();
    var error = {
      message: ({ params: { discrError, tagName } }) => discrError === types_1.DiscrError.Tag ? `tag "${tagName}" must be string` : `value of tag "${tagName}" must be in oneOf`,
      params: ({ params: { discrError, tag, tagName } }) => (0, codegen_1._)`{error: ${discrError}, tag: ${tagName}, tagValue: ${tag}}`
    };
    var def = {
      keyword: "discriminator",
      type: "object",
      schemaType: "object",
      error,
      code(cxt) {
        const { gen, data, schema, parentSchema, it } = cxt;
        const { oneOf } = parentSchema;
        if (!it.opts.discriminator) {
          throw new Error("discriminator: requires discriminator option");
        }
        const tagName = schema.propertyName;
        if (typeof tagName != "string")
          throw new Error("discriminator: requires propertyName");
        if (schema.mapping)
          throw new Error("discriminator: mapping is not supported");
        if (!oneOf)
          throw new Error("discriminator: requires oneOf keyword");
        const valid = gen.let("valid", false);
        const tag = gen.const("tag", (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(tagName)}`);
        gen.if((0, codegen_1._)`typeof ${tag} == "string"`, () => validateMapping(), () => cxt.error(false, { discrError: types_1.DiscrError.Tag, tag, tagName }));
        cxt.ok(valid);
        function validateMapping() {
          const mapping = getMapping();
          gen.if(false);
          for (const tagValue in mapping) {
            gen.elseIf((0, codegen_1._)`${tag} === ${tagValue}`);
            gen.assign(valid, applyTagSchema(mapping[tagValue]));
          }
          gen.else();
          cxt.error(false, { discrError: types_1.DiscrError.Mapping, tag, tagName });
          gen.endIf();
        }
        function applyTagSchema(schemaProp) {
          const _valid = gen.name("valid");
          const schCxt = cxt.subschema({ keyword: "oneOf", schemaProp }, _valid);
          cxt.mergeEvaluated(schCxt, codegen_1.Name);
          return _valid;
        }
        function getMapping() {
          var _a;
          const oneOfMapping = {};
          const topRequired = hasRequired(parentSchema);
          let tagRequired = true;
          for (let i = 0; i < oneOf.length; i++) {
            let sch = oneOf[i];
            if ((sch === null || sch === void 0 ? void 0 : sch.$ref) && !(0, util_1.schemaHasRulesButRef)(sch, it.self.RULES)) {
              const ref = sch.$ref;
              sch = compile_1.resolveRef.call(it.self, it.schemaEnv.root, it.baseId, ref);
              if (sch instanceof compile_1.SchemaEnv)
                sch = sch.schema;
              if (sch === void 0)
                throw new ref_error_1.default(it.opts.uriResolver, it.baseId, ref);
            }
            const propSch = (_a = sch === null || sch === void 0 ? void 0 : sch.properties) === null || _a === void 0 ? void 0 : _a[tagName];
            if (typeof propSch != "object") {
              throw new Error(`discriminator: oneOf subschemas (or referenced schemas) must have "properties/${tagName}"`);
            }
            tagRequired = tagRequired && (topRequired || hasRequired(sch));
            addMappings(propSch, i);
          }
          if (!tagRequired)
            throw new Error(`discriminator: "${tagName}" must be required`);
          return oneOfMapping;
          function hasRequired({ required }) {
            return Array.isArray(required) && required.includes(tagName);
          }
          function addMappings(sch, i) {
            if (sch.const) {
              addMapping(sch.const, i);
            } else if (sch.enum) {
              for (const tagValue of sch.enum) {
                addMapping(tagValue, i);
              }
            } else {
              throw new Error(`discriminator: "properties/${tagName}" must have "const" or "enum"`);
            }
          }
          function addMapping(tagValue, i) {
            if (typeof tagValue != "string" || tagValue in oneOfMapping) {
              throw new Error(`discriminator: "${tagName}" values must be unique strings`);
            }
            oneOfMapping[tagValue] = i;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/refs/json-schema-draft-07.json
var require_json_schema_draft_07 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-draft-07.json"(exports, module) {
    module.exports = {
      $schema: "http://json-schema.org/draft-07/schema#",
      $id: "http://json-schema.org/draft-07/schema#",
      title: "Core schema meta-schema",
      definitions: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $ref: "#" }
        },
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          allOf: [{ $ref: "#/definitions/nonNegativeInteger" }, { default: 0 }]
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      },
      type: ["object", "boolean"],
      properties: {
        $id: {
          type: "string",
          format: "uri-reference"
        },
        $schema: {
          type: "string",
          format: "uri"
        },
        $ref: {
          type: "string",
          format: "uri-reference"
        },
        $comment: {
          type: "string"
        },
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        readOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        },
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/definitions/nonNegativeInteger" },
        minLength: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        additionalItems: { $ref: "#" },
        items: {
          anyOf: [{ $ref: "#" }, { $ref: "#/definitions/schemaArray" }],
          default: true
        },
        maxItems: { $ref: "#/definitions/nonNegativeInteger" },
        minItems: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        contains: { $ref: "#" },
        maxProperties: { $ref: "#/definitions/nonNegativeInteger" },
        minProperties: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        required: { $ref: "#/definitions/stringArray" },
        additionalProperties: { $ref: "#" },
        definitions: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        properties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependencies: {
          type: "object",
          additionalProperties: {
            anyOf: [{ $ref: "#" }, { $ref: "#/definitions/stringArray" }]
          }
        },
        propertyNames: { $ref: "#" },
        const: true,
        enum: {
          type: "array",
          items: true,
          minItems: 1,
          uniqueItems: true
        },
        type: {
          anyOf: [
            { $ref: "#/definitions/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/definitions/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        format: { type: "string" },
        contentMediaType: { type: "string" },
        contentEncoding: { type: "string" },
        if: { $ref: "#" },
        then: { $ref: "#" },
        else: { $ref: "#" },
        allOf: { $ref: "#/definitions/schemaArray" },
        anyOf: { $ref: "#/definitions/schemaArray" },
        oneOf: { $ref: "#/definitions/schemaArray" },
        not: { $ref: "#" }
      },
      default: true
    };
  }
});

// node_modules/ajv/dist/ajv.js
var require_ajv = __commonJS({
  "node_modules/ajv/dist/ajv.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv = void 0;
    var core_1 = require_core();
    var draft7_1 = require_draft7();
    var discriminator_1 = require_discriminator();
    var draft7MetaSchema = require_json_schema_draft_07();
    var META_SUPPORT_DATA = ["/properties"];
    var META_SCHEMA_ID = "http://json-schema.org/draft-07/schema";
    var Ajv2 = class extends core_1.default {
      _addVocabularies() {
        super._addVocabularies();
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        if (!this.opts.meta)
          return;
        const metaSchema = this.opts.$data ? this.$dataMetaSchema(draft7MetaSchema, META_SUPPORT_DATA) : draft7MetaSchema;
        this.addMetaSchema(metaSchema, META_SCHEMA_ID, false);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv = Ajv2;
    module.exports = exports = Ajv2;
    module.exports.Ajv = Ajv2;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv2;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

// node_modules/ajv-formats/dist/limit.js
var require_limit = __commonJS({
  "node_modules/ajv-formats/dist/limit.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.formatLimitDefinition = void 0;
    var ajv_1 = require_ajv();
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      formatMaximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      formatMinimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      formatExclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      formatExclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`should be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    exports.formatLimitDefinition = {
      keyword: Object.keys(KWDs),
      type: "string",
      schemaType: "string",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, schemaCode, keyword, it } = cxt;
        const { opts, self } = it;
        if (!opts.validateFormats)
          return;
        const fCxt = new ajv_1.KeywordCxt(it, self.RULES.all.format.definition, "format");
        if (fCxt.$data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fmt = gen.const("fmt", (0, codegen_1._)`${fmts}[${fCxt.schemaCode}]`);
          cxt.fail$data((0, codegen_1.or)((0, codegen_1._)`typeof ${fmt} != "object"`, (0, codegen_1._)`${fmt} instanceof RegExp`, (0, codegen_1._)`typeof ${fmt}.compare != "function"`, compareCode(fmt)));
        }
        function validateFormat() {
          const format = fCxt.schema;
          const fmtDef = self.formats[format];
          if (!fmtDef || fmtDef === true)
            return;
          if (typeof fmtDef != "object" || fmtDef instanceof RegExp || typeof fmtDef.compare != "function") {
            throw new Error(`"${keyword}": format "${format}" does not define "compare" function`);
          }
          const fmt = gen.scopeValue("formats", {
            key: format,
            ref: fmtDef,
            code: opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(format)}` : void 0
          });
          cxt.fail$data(compareCode(fmt));
        }
        function compareCode(fmt) {
          return (0, codegen_1._)`${fmt}.compare(${data}, ${schemaCode}) ${KWDs[keyword].fail} 0`;
        }
      },
      dependencies: ["format"]
    };
    var formatLimitPlugin = (ajv) => {
      ajv.addKeyword(exports.formatLimitDefinition);
      return ajv;
    };
    exports.default = formatLimitPlugin;
  }
});

// node_modules/ajv-formats/dist/index.js
var require_dist = __commonJS({
  "node_modules/ajv-formats/dist/index.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var formats_1 = require_formats();
    var limit_1 = require_limit();
    var codegen_1 = require_codegen();
    var fullName = new codegen_1.Name("fullFormats");
    var fastName = new codegen_1.Name("fastFormats");
    var formatsPlugin = (ajv, opts = { keywords: true }) => {
      if (Array.isArray(opts)) {
        addFormats2(ajv, opts, formats_1.fullFormats, fullName);
        return ajv;
      }
      const [formats, exportName] = opts.mode === "fast" ? [formats_1.fastFormats, fastName] : [formats_1.fullFormats, fullName];
      const list = opts.formats || formats_1.formatNames;
      addFormats2(ajv, list, formats, exportName);
      if (opts.keywords)
        (0, limit_1.default)(ajv);
      return ajv;
    };
    formatsPlugin.get = (name, mode = "full") => {
      const formats = mode === "fast" ? formats_1.fastFormats : formats_1.fullFormats;
      const f = formats[name];
      if (!f)
        throw new Error(`Unknown format "${name}"`);
      return f;
    };
    function addFormats2(ajv, list, fs, exportName) {
      var _a;
      var _b;
      (_a = (_b = ajv.opts.code).formats) !== null && _a !== void 0 ? _a : _b.formats = (0, codegen_1._)`require("ajv-formats/dist/formats").${exportName}`;
      for (const f of list)
        ajv.addFormat(f, fs[f]);
    }
    module.exports = exports = formatsPlugin;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = formatsPlugin;
  }
});

// src/pipeline/run-gate.ts
import { rmSync as rmSync2 } from "node:fs";

// src/config/native-ignores.ts
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
function lines(file) {
  if (!existsSync(file)) return [];
  return readFileSync(file, "utf8").split(/\r?\n/).map((text, i) => ({ text: text.trim(), line: i + 1 })).filter((l) => l.text !== "" && !l.text.startsWith("#"));
}
function trivyIgnores(root) {
  return lines(path.join(root, ".trivyignore")).map(({ text, line }) => {
    const [id = "", ...rest] = text.split(/\s+/);
    const exp = rest.find((r) => r.startsWith("exp:"))?.slice(4);
    return {
      file: ".trivyignore",
      scanner: "trivy",
      id,
      expires: exp && isCalendarDate(exp) ? exp : void 0,
      source: `.trivyignore:${line}`
    };
  });
}
function gitleaksIgnores(root) {
  return lines(path.join(root, ".gitleaksignore")).flatMap(({ text, line }) => {
    const parts = text.split(":");
    const lineNo = Number(parts.at(-1));
    if (parts.length < 3 || !Number.isInteger(lineNo)) return [];
    const commit = parts.length >= 4 && /^[0-9a-f]{7,64}$/i.test(parts[0] ?? "") ? parts[0] : void 0;
    const ruleId = parts.at(-2);
    const filePath = parts.slice(commit ? 1 : 0, -2).join(":");
    return [
      {
        file: ".gitleaksignore",
        scanner: "gitleaks",
        path: filePath,
        ruleId,
        line: lineNo,
        commit,
        source: `.gitleaksignore:${line}`
      }
    ];
  });
}
function loadNativeIgnores(root) {
  return [...trivyIgnores(root), ...gitleaksIgnores(root)];
}

// src/text/untrusted-text.ts
var ANSI = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[@-_]/g;
var CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
function stripAnsi(text) {
  return text.replace(ANSI, "").replace(CONTROLS, "");
}
function cleanScannerText(text) {
  return maskFindingText(stripAnsi(text));
}

// src/findings/clean-text.ts
function cleanPackage(pkg) {
  if (!pkg) return void 0;
  return {
    ...pkg,
    name: stripAnsi(pkg.name),
    ...pkg.version !== void 0 ? { version: stripAnsi(pkg.version) } : {},
    ...pkg.fixedVersions ? { fixedVersions: pkg.fixedVersions.map(stripAnsi) } : {}
  };
}
function cleanFindingText(f) {
  return {
    ...f,
    ruleId: stripAnsi(f.ruleId),
    aliases: f.aliases.map(stripAnsi),
    title: cleanScannerText(f.title),
    ...f.description !== void 0 ? { description: cleanScannerText(f.description) } : {},
    ...f.helpUri !== void 0 ? { helpUri: cleanScannerText(f.helpUri) } : {},
    location: { ...f.location, path: stripAnsi(f.location.path) },
    ...f.package ? { package: cleanPackage(f.package) } : {},
    ...f.suppressed ? {
      suppressed: {
        source: stripAnsi(f.suppressed.source),
        ...f.suppressed.reason !== void 0 ? { reason: cleanScannerText(f.suppressed.reason) } : {}
      }
    } : {}
  };
}
function cleanRunText(run) {
  return {
    ...run,
    ...run.error !== void 0 ? { error: cleanScannerText(run.error) } : {},
    ...run.note !== void 0 ? { note: stripAnsi(run.note) } : {}
  };
}

// src/findings/merge-advisories.ts
function earliest(a, b) {
  if (!a) return b;
  if (!b) return a;
  return Date.parse(a) <= Date.parse(b) ? a : b;
}
function mergeInto(into, extra) {
  const stronger = SEVERITY_RANK[extra.severity] > SEVERITY_RANK[into.severity] ? extra : into;
  return {
    ...stronger,
    scanner: into.scanner,
    fingerprint: into.fingerprint,
    location: into.location,
    package: into.package ?? extra.package,
    sources: [.../* @__PURE__ */ new Set([...into.sources, ...extra.sources])],
    aliases: [.../* @__PURE__ */ new Set([...into.aliases, ...extra.aliases])],
    verified: into.verified || extra.verified || void 0,
    suppressed: into.suppressed && extra.suppressed ? into.suppressed : void 0,
    sourceFirstSeen: earliest(into.sourceFirstSeen, extra.sourceFirstSeen),
    alertUrl: into.alertUrl ?? extra.alertUrl
  };
}
var ids = (f) => new Set([f.ruleId, ...f.aliases].map((id) => id.toUpperCase()));
function sameAdvisory(a, b, bIds) {
  if (a.category !== "vulnerability" || b.category !== "vulnerability" || !a.package || !b.package) return false;
  if (normalisePackageName(a.package.name) !== normalisePackageName(b.package.name)) return false;
  if (a.package.version && b.package.version && a.package.version !== b.package.version) return false;
  return bIds.has(a.ruleId.toUpperCase()) || a.aliases.some((id) => bIds.has(id.toUpperCase()));
}
function mergeSourceAdvisories(findings) {
  const out = [];
  const fromSources = [];
  for (const f of findings) (isSourceId(f.scanner) ? fromSources : out).push(f);
  const byPackage = /* @__PURE__ */ new Map();
  const index = (f, i) => {
    if (!f.package) return;
    const key = normalisePackageName(f.package.name);
    const list = byPackage.get(key);
    if (list) list.push(i);
    else byPackage.set(key, [i]);
  };
  out.forEach(index);
  for (const f of fromSources) {
    const candidates = f.package ? byPackage.get(normalisePackageName(f.package.name)) ?? [] : [];
    const fIds = ids(f);
    const i = candidates.find((c) => sameAdvisory(out[c], f, fIds));
    if (i !== void 0) out[i] = mergeInto(out[i], f);
    else {
      out.push(f);
      index(f, out.length - 1);
    }
  }
  return out;
}

// src/findings/workspace-file.ts
import { readFileSync as readFileSync2, realpathSync, statSync } from "node:fs";
import path2 from "node:path";
function inside(root, target) {
  const rel2 = path2.relative(root, target);
  return rel2 === "" || !rel2.startsWith("..") && !path2.isAbsolute(rel2);
}
function resolvesInside(workspace, file) {
  try {
    return inside(realpathSync(workspace), realpathSync(file));
  } catch {
    return false;
  }
}
function readWorkspaceFile(workspace, repoPath, maxBytes) {
  const abs = path2.resolve(workspace, repoPath);
  if (!inside(workspace, abs) || !resolvesInside(workspace, abs)) return void 0;
  try {
    return statSync(abs).size > maxBytes ? void 0 : readFileSync2(abs, "utf8");
  } catch {
    return void 0;
  }
}

// src/findings/source-files.ts
var MAX_SOURCE_BYTES = 5 * 1024 * 1024;
var SourceFiles = class {
  constructor(workspace) {
    this.workspace = workspace;
  }
  workspace;
  texts = /* @__PURE__ */ new Map();
  text(repoPath) {
    let text = this.texts.get(repoPath);
    if (text === void 0) {
      text = this.load(repoPath);
      this.texts.set(repoPath, text);
    }
    return text ?? void 0;
  }
  /** Inside the workspace only, links that leave it not followed (see workspace-file.ts). */
  load(repoPath) {
    return readWorkspaceFile(this.workspace, repoPath, MAX_SOURCE_BYTES) ?? null;
  }
};

// src/findings/normalise.ts
var SourceLines = class {
  files = /* @__PURE__ */ new Map();
  sources;
  constructor(workspaceOrSources) {
    this.sources = typeof workspaceOrSources === "string" ? new SourceFiles(workspaceOrSources) : workspaceOrSources;
  }
  line(repoPath, line) {
    if (!line || line < 1) return void 0;
    let lines2 = this.files.get(repoPath);
    if (lines2 === void 0) {
      lines2 = this.sources.text(repoPath)?.split(/\r?\n/) ?? null;
      this.files.set(repoPath, lines2);
    }
    return lines2?.[line - 1];
  }
};
function byPosition(a, b) {
  const la = a.raw.location;
  const lb = b.raw.location;
  return (la.startLine ?? 0) - (lb.startLine ?? 0) || (la.startColumn ?? 0) - (lb.startColumn ?? 0) || (la.endLine ?? 0) - (lb.endLine ?? 0) || (la.endColumn ?? 0) - (lb.endColumn ?? 0) || a.index - b.index;
}
function ordinals(items) {
  const groups = /* @__PURE__ */ new Map();
  for (const item of items) {
    if (!item.located) continue;
    const group = `${item.raw.scanner}\0${item.raw.commit ?? ""}\0${item.key}`;
    const list = groups.get(group);
    if (list) list.push(item);
    else groups.set(group, [item]);
  }
  const out = new Array(items.length).fill(1);
  for (const list of groups.values()) {
    if (list.length < 2) continue;
    list.sort(byPosition);
    list.forEach((item, i) => {
      out[item.index] = i + 1;
    });
  }
  return out;
}
function toFindings(raws, source) {
  const items = raws.map((raw, index) => {
    const lineText = raw.category === "vulnerability" ? void 0 : source.line(raw.location.path, raw.location.startLine);
    const identity = identityOf(raw, lineText);
    return { raw, ...identity, legacy: legacyFingerprintOf(raw, lineText, identity), index };
  });
  const ordinal = ordinals(items);
  return items.map((item) => {
    const { secretHash: _secretHash, snippet: _snippet, commit: _commit, ...rest } = item.raw;
    const fingerprint = fingerprintFor(item, ordinal[item.index] ?? 1);
    const legacy = ordinal[item.index] === 1 && item.legacy !== fingerprint ? [item.legacy] : void 0;
    return { ...rest, sources: [item.raw.scanner], fingerprint, ...legacy ? { legacyFingerprints: legacy } : {} };
  });
}
function union(a, b) {
  return a || b ? [.../* @__PURE__ */ new Set([...a ?? [], ...b ?? []])] : void 0;
}
function mergeDuplicates(findings) {
  const byPrint = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const seen = byPrint.get(f.fingerprint);
    if (!seen) {
      byPrint.set(f.fingerprint, f);
      continue;
    }
    const stronger = SEVERITY_RANK[f.severity] > SEVERITY_RANK[seen.severity] ? f : seen;
    const legacy = union(seen.legacyFingerprints, f.legacyFingerprints);
    const ruleIds = [seen.ruleId, f.ruleId].filter((id) => id !== stronger.ruleId);
    byPrint.set(f.fingerprint, {
      ...stronger,
      // `scanner` is the one whose report (rule, title, severity) is kept, and comes first in `sources`.
      sources: [.../* @__PURE__ */ new Set([stronger.scanner, ...seen.sources, ...f.sources])],
      aliases: [.../* @__PURE__ */ new Set([...seen.aliases, ...f.aliases, ...ruleIds])],
      package: stronger.package ?? seen.package ?? f.package,
      verified: seen.verified || f.verified || void 0,
      suppressed: seen.suppressed && f.suppressed ? seen.suppressed : void 0,
      sourceFirstSeen: earliest(seen.sourceFirstSeen, f.sourceFirstSeen),
      alertUrl: seen.alertUrl ?? f.alertUrl,
      ...legacy ? { legacyFingerprints: legacy } : {}
    });
  }
  return [...byPrint.values()];
}
function normaliseFindings(raw, workspace, sources = new SourceFiles(workspace)) {
  return mergeSourceAdvisories(mergeDuplicates(toFindings(raw, new SourceLines(sources))));
}

// src/policy/ignores.ts
var import_picomatch = __toESM(require_picomatch(), 1);
function today(now) {
  return now.toISOString().slice(0, 10);
}
function isExpired(expires, now) {
  return expires !== void 0 && expires < today(now);
}
function idMatches(id, f) {
  if (id === "*") return true;
  const wanted = id.toUpperCase();
  return f.fingerprint === id.toLowerCase() || legacyIdMatches(id, f) || f.ruleId.toUpperCase() === wanted || f.aliases.some((a) => a.toUpperCase() === wanted);
}
function legacyIdMatches(id, f) {
  return f.legacyFingerprints?.includes(id.toLowerCase()) === true;
}
function policyIgnoreMatches(rule, f) {
  if (!idMatches(rule.id, f)) return false;
  if (rule.scanner && !f.sources.includes(rule.scanner)) return false;
  if (rule.package && (!f.package || normalisePackageName(f.package.name) !== normalisePackageName(rule.package))) {
    return false;
  }
  if (rule.paths && rule.paths.length > 0 && !import_picomatch.default.isMatch(f.location.path, [...rule.paths], { dot: true })) {
    return false;
  }
  return true;
}
function nativeIgnoreMatches(rule, f) {
  if (!f.sources.includes(rule.scanner)) return false;
  if (rule.fingerprints && !rule.fingerprints.includes(f.fingerprint)) return false;
  if (rule.id) return idMatches(rule.id, f);
  const endsWithPath = rule.path !== void 0 && (f.location.path === rule.path || f.location.path.endsWith(`/${rule.path}`));
  return endsWithPath && f.ruleId === rule.ruleId && f.location.startLine === rule.line;
}

// src/policy/licenses.ts
var import_spdx_expression_parse = __toESM(require_spdx_expression_parse(), 1);
var norm = (id) => id.toLowerCase().replace(/-only$/, "");
var UNKNOWN = /* @__PURE__ */ new Set(["", "unknown", "noassertion", "none", "other"]);
function leaf(id, p) {
  const n = norm(id);
  if (p.deny.some((d) => norm(d) === n)) return "denied";
  if (p.allow.length === 0 || p.allow.some((a) => norm(a) === n)) return "allowed";
  return "not-allowed";
}
function judge(node, p) {
  if ("license" in node) return leaf(node.plus ? `${node.license}-or-later` : node.license, p);
  const left = judge(node.left, p);
  const right = judge(node.right, p);
  if (node.conjunction === "or") return left === "allowed" || right === "allowed" ? "allowed" : left;
  return left !== "allowed" ? left : right;
}
function parse(expression) {
  try {
    return (0, import_spdx_expression_parse.default)(expression);
  } catch {
    return void 0;
  }
}
function licenceOf(f) {
  return f.ruleId.replace(/^license:/, "").trim();
}
function decideLicence(f, p) {
  const expression = licenceOf(f);
  const node = UNKNOWN.has(expression.toLowerCase()) ? void 0 : parse(expression);
  const where = `licenses, ${p.source}`;
  if (!node) {
    const denied = expression.split(/[\s/,;()|&]+/).find((word) => word && leaf(word, p) === "denied");
    if (denied) return { blocks: true, why: `licence "${expression}" names ${denied}, which is denied (${where})` };
    const label = expression && !UNKNOWN.has(expression.toLowerCase()) ? `"${expression}" (not an SPDX expression)` : "unknown";
    return p.unknown === "block" ? { blocks: true, why: `licence ${label} is not allowed: unknown licences block (${where})` } : { blocks: false, why: `licence ${label} accepted: unknown: allow (${where})` };
  }
  const result = judge(node, p);
  if (result === "allowed") return { blocks: false, why: `licence ${expression} is allowed (${where})` };
  const how = result === "denied" ? "is denied" : "is not in the allow list";
  return { blocks: true, why: `licence ${expression} ${how} (${where})` };
}

// src/policy/thresholds.ts
function reaches(severity, threshold) {
  if (threshold === "none") return false;
  if (threshold === "any") return true;
  return SEVERITY_RANK[severity] >= SEVERITY_RANK[threshold];
}
function thresholdFor(f, policy) {
  const byCategory = policy.categoryFailOn[f.category];
  if (byCategory !== void 0) {
    const at = policy.ruleSources["fail-on-by-category"];
    return { threshold: byCategory, rule: `fail-on-by-category ${f.category}: ${byCategory}${at ? ` (${at})` : ""}` };
  }
  const scanner = f.sources.find((s) => policy.scannerFailOn[s] !== void 0);
  if (scanner) {
    const t = policy.scannerFailOn[scanner];
    const at = policy.ruleSources["fail-on-by-scanner"];
    return { threshold: t, rule: `fail-on-by-scanner ${scanner}: ${t}${at ? ` (${at})` : ""}` };
  }
  return { threshold: policy.failOn, rule: `fail-on ${policy.failOn} (${policy.failOnSource})` };
}

// src/policy/evaluate.ts
function baselineEntry(f, o, state) {
  const entries = o.baseline?.entries;
  if (!entries) return void 0;
  const current = ownEntry(entries, f.fingerprint);
  if (current) return current;
  const old = (f.legacyFingerprints ?? []).find((fp) => ownEntry(entries, fp) !== void 0);
  if (old === void 0) return void 0;
  state.migration.baseline.add(old);
  return ownEntry(entries, old);
}
function ignoreFor(f, policy, state, now) {
  const rule = state.active.find((r) => policyIgnoreMatches(r, f));
  if (rule) {
    state.used.add(rule);
    if (legacyIdMatches(rule.id, f))
      state.migration.ignores.push({ source: rule.source, id: rule.id, fingerprint: f.fingerprint });
    return { kind: "policy", source: rule.source, reason: rule.reason, owner: rule.owner, expires: rule.expires };
  }
  if (policy.allowNativeIgnores) {
    const native = state.native.find((r) => !isExpired(r.expires, now) && nativeIgnoreMatches(r, f));
    if (native)
      return { kind: "native", source: native.source, reason: `listed in ${native.file}`, expires: native.expires };
    if (f.suppressed)
      return { kind: "native", source: f.suppressed.source, reason: f.suppressed.reason ?? "inline suppression" };
  }
  if (policy.ignoreUnfixed && f.category === "vulnerability" && f.package && // Absent = the source does not say (dependency review); only an empty list means "no fix".
  f.package.fixedVersions?.length === 0) {
    return { kind: "unfixed", source: "ignore-unfixed", reason: "no fixed version is available" };
  }
  return void 0;
}
function evaluateOne(f, o, state) {
  const ignoredBy = ignoreFor(f, o.policy, state, o.now);
  const seen = baselineEntry(f, o, state);
  const firstSeen = earliest(f.sourceFirstSeen, seen?.firstSeen);
  const slaMs = o.policy.sla[f.severity];
  const overdue = slaMs !== void 0 && firstSeen !== void 0 && o.now.getTime() - Date.parse(firstSeen) > slaMs;
  if (ignoredBy) return { ...f, status: "ignored", blocking: false, ignoredBy, firstSeen, overdue: false };
  const status = seen ? "existing" : "new";
  if (f.category === "license" && o.policy.licensePolicy) {
    const decision = decideLicence(f, o.policy.licensePolicy);
    const blocks = decision.blocks && !(o.mode === "new" && status === "existing");
    return { ...f, status, blocking: blocks, reason: blocks ? decision.why : void 0, firstSeen, overdue: false };
  }
  const { threshold, rule } = thresholdFor(f, o.policy);
  const atThreshold = reaches(f.severity, threshold);
  if (atThreshold && !(o.mode === "new" && status === "existing")) {
    return { ...f, status, blocking: true, reason: `severity ${f.severity} reaches ${rule}`, firstSeen, overdue };
  }
  if (overdue && o.policy.slaBlocks) {
    return {
      ...f,
      status,
      blocking: true,
      reason: `overdue: first seen ${firstSeen?.slice(0, 10)}, past the ${f.severity} SLA (sla-blocks)`,
      firstSeen,
      overdue
    };
  }
  return { ...f, status, blocking: false, firstSeen, overdue };
}
function summarise(findings) {
  const byRule = /* @__PURE__ */ new Map();
  for (const f of findings) {
    if (!f.blocking) continue;
    const key = (f.reason ?? "").replace(/^severity \w+ reaches /, "");
    byRule.set(key, (byRule.get(key) ?? 0) + 1);
  }
  return byRule;
}
function evaluatePolicy(o) {
  const configured = o.policy.allowIgnores ? o.policy.ignores : [];
  const state = {
    active: configured.filter((r) => !isExpired(r.expires, o.now)),
    used: /* @__PURE__ */ new Set(),
    native: o.nativeIgnores ?? [],
    migration: { baseline: /* @__PURE__ */ new Set(), ignores: [] }
  };
  const findings = o.findings.map((f) => evaluateOne(f, o, state));
  const counted = findings.filter((f) => f.status !== "ignored");
  const counts = emptyCounts();
  for (const f of counted) counts[f.severity]++;
  const blocking = findings.filter((f) => f.blocking).length;
  const scannerErrors = o.scanners.filter((s) => s.status === "error").map((s) => ({ scanner: s.id, message: s.error ?? "failed" }));
  const errorsFail = scannerErrors.length > 0 && o.policy.failOnScannerError;
  const present = /* @__PURE__ */ new Set([...o.findings.map((f) => f.fingerprint), ...state.migration.baseline]);
  const canJudge = fixedJudge(o.scanners);
  const fixed = o.baseline ? Object.entries(o.baseline.entries).filter(([fp, e]) => !present.has(fp) && canJudge(e)).map(([fingerprint, e]) => ({ fingerprint, ...e, fixedAt: o.now.toISOString() })) : [];
  const reasons = [];
  for (const [rule, n] of summarise(findings)) {
    reasons.push(
      rule.startsWith("licence ") ? `${n} finding${n === 1 ? "" : "s"}: ${rule}` : `${n} finding${n === 1 ? " reaches" : "s reach"} ${rule}`
    );
  }
  for (const e of scannerErrors) {
    reasons.push(
      `${e.scanner} ${o.policy.failOnScannerError ? "failed (fail-on-scanner-error)" : "failed but fail-on-scanner-error is false"}: ${e.message}`
    );
  }
  const verdict = blocking > 0 || errorsFail ? "fail" : "pass";
  if (verdict === "pass") reasons.unshift(passReason(o, counted.length, findings.length - counted.length));
  return {
    verdict,
    reasons,
    findings,
    counts,
    total: counted.length,
    blocking,
    newCount: counted.filter((f) => f.status === "new").length,
    existingCount: counted.filter((f) => f.status === "existing").length,
    ignoredCount: findings.length - counted.length,
    fixed,
    resolvedHistory: o.baseline?.resolved ?? [],
    expiredIgnores: configured.filter((r) => isExpired(r.expires, o.now)),
    unusedIgnores: state.active.filter((r) => !state.used.has(r)),
    scannerErrors,
    baseline: o.mode === "new" ? o.baseline ? "used" : "none" : "not-applicable",
    overdue: counted.filter((f) => f.overdue).length,
    ...state.migration.baseline.size > 0 || state.migration.ignores.length > 0 ? { fingerprintMigration: { baseline: state.migration.baseline.size, ignores: state.migration.ignores } } : {}
  };
}
function passReason(o, counted, ignored) {
  const ran = o.scanners.filter((s) => s.status === "ok").map((s) => s.id);
  const scope = o.mode === "new" ? o.baseline ? "new findings" : "findings (no baseline: all count as new)" : "findings";
  return `no blocking findings: ${counted} ${scope} from ${ran.length} scanner${ran.length === 1 ? "" : "s"} (${ran.join(", ") || "none"}) checked against fail-on ${o.policy.failOn} (${o.policy.failOnSource})${ignored > 0 ? `; ${ignored} ignored` : ""}`;
}

// src/report/audit.ts
import { createHash as createHash2 } from "node:crypto";
import { readFileSync as readFileSync3 } from "node:fs";
import path3 from "node:path";

// src/config/policy-hash.ts
import { createHash } from "node:crypto";
function canonicalJson(value) {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).filter(([, v]) => v !== void 0).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}
function policySha256(policy) {
  return createHash("sha256").update(canonicalJson(policy)).digest("hex");
}

// src/report/audit.ts
var sha2562 = (data) => createHash2("sha256").update(data).digest("hex");
function fileHash(config) {
  if (!config.configFile) return void 0;
  try {
    return sha2562(readFileSync3(path3.resolve(config.workspace, config.configFile)));
  } catch {
    return void 0;
  }
}
var rel = (config, abs) => path3.relative(config.workspace, abs) || ".";
function auditRecord(config) {
  const set = (v) => v ? "(set)" : "";
  const inputs = {
    scanners: config.scanners === "auto" ? "auto" : config.scanners.join(","),
    path: rel(config, config.path),
    images: config.images.join(","),
    config: config.configFile ?? "",
    mode: config.mode,
    "fail-on": config.policy.failOn,
    "fail-on-scanner-error": String(config.policy.failOnScannerError),
    "upload-sarif": config.uploadSarif,
    comment: config.comment,
    summary: String(config.summary),
    issue: config.issue,
    versions: Object.entries(config.versions).map(([k, v]) => `${k}=${v}`).join(","),
    "tool-mirror": config.toolMirror ?? "",
    cache: String(config.cache),
    "sarif-files": config.sarifFiles.join(","),
    "scanner-timeout": `${config.scannerTimeoutMs / 1e3}s`,
    instance: config.instance,
    "allow-untrusted-head": String(config.allowUntrustedHead),
    "security-hub": String(config.forward.securityHub),
    ocsf: String(config.forward.ocsf),
    "siem-webhook": set(config.forward.siemWebhook),
    "siem-webhook-secret": set(config.forward.siemWebhookSecret),
    "forward-failure": config.forward.failure,
    "github-token": set(config.token)
  };
  return { inputs, policySha256: policySha256(config.policy), policyFileSha256: fileHash(config) };
}

// src/shard/merge-shards.ts
var STATUS_RANK = { error: 2, ok: 1, skipped: 0 };
function mergeRuns(id, parts) {
  const worst = parts.reduce((a, b) => STATUS_RANK[b.run.status] > STATUS_RANK[a.run.status] ? b : a);
  const errors = parts.filter((p) => p.run.error).map((p) => `shard ${p.shard}: ${p.run.error}`);
  const versions = [...new Set(parts.map((p) => p.run.version).filter((v) => !!v))];
  const ages = parts.map((p) => p.run.dbAgeHours).filter((a) => a !== void 0);
  return {
    id,
    version: versions.length > 0 ? versions.join(", ") : void 0,
    status: worst.run.status,
    durationMs: Math.max(...parts.map((p) => p.run.durationMs)),
    error: errors.length > 0 ? errors.join("; ") : void 0,
    findings: parts.reduce((n, p) => n + p.run.findings, 0),
    install: parts.find((p) => p.run.install)?.run.install,
    dbAgeHours: ages.length > 0 ? Math.max(...ages) : void 0,
    note: `shards: ${parts.map((p) => p.shard).join(", ")}`
  };
}
function mergeRange(shards) {
  const withRange = shards.filter((s) => s.range);
  if (withRange.length === 0) return void 0;
  const counts = withRange.map((s) => s.range?.commitCount).filter((c) => c !== void 0);
  const warnings = withRange.map((s) => s.range?.warning && `shard ${s.shard}: ${s.range.warning}`).filter(Boolean);
  return {
    description: withRange.map((s) => `shard ${s.shard}: ${s.range?.description}`).join("; "),
    commitCount: counts.length > 0 ? Math.max(...counts) : void 0,
    warning: warnings.length > 0 ? warnings.join("; ") : void 0
  };
}
function mergeShards(shards) {
  const all = [];
  const runsById = /* @__PURE__ */ new Map();
  const ignores = /* @__PURE__ */ new Map();
  const warnings = /* @__PURE__ */ new Set();
  for (const shard of shards) {
    for (const f of shard.findings) all.push(f);
    for (const run of shard.runs) {
      const list = runsById.get(run.id) ?? [];
      list.push({ shard: shard.shard, run });
      runsById.set(run.id, list);
    }
    for (const rule of shard.nativeIgnores) {
      const fingerprints = shard.findings.filter((f) => nativeIgnoreMatches(rule, f)).map((f) => f.fingerprint);
      const scoped = { ...rule, fingerprints };
      ignores.set(JSON.stringify(scoped), scoped);
    }
    for (const w of shard.warnings) warnings.add(`shard ${shard.shard}: ${w}`);
  }
  return {
    findings: mergeDuplicates(all),
    runs: [...runsById.entries()].map(([id, parts]) => mergeRuns(id, parts)),
    range: mergeRange(shards),
    warnings: [...warnings],
    nativeIgnores: [...ignores.values()]
  };
}
function withShardProblems(verdict, problems) {
  if (problems.length === 0) return verdict;
  const reasons = verdict.verdict === "pass" ? verdict.reasons.slice(1) : verdict.reasons;
  return {
    ...verdict,
    verdict: "fail",
    fixed: [],
    reasons: [...problems.map((p) => `aggregate: ${p}`), ...reasons]
  };
}

// src/pipeline/migration-notes.ts
function migrationNotes(verdict) {
  const m = verdict.fingerprintMigration;
  if (!m) return [];
  const notes = [];
  if (m.baseline > 0) {
    notes.push(
      `${m.baseline} baseline entr${m.baseline === 1 ? "y" : "ies"} matched by a fingerprint from scan-gate 0.1 (each matches its first occurrence only); the next saved baseline uses the new fingerprints (see REPORT_SCHEMA.md "Fingerprints").`
    );
  }
  for (const i of m.ignores) {
    notes.push(
      `Ignore \`${i.id}\` (${i.source}) uses a fingerprint from scan-gate 0.1 and matches one finding only; replace it with \`${i.fingerprint}\`.`
    );
  }
  return notes;
}

// src/pipeline/output-dir.ts
import { existsSync as existsSync2, mkdirSync, readFileSync as readFileSync4, realpathSync as realpathSync2, statSync as statSync2, writeFileSync } from "node:fs";
import path4 from "node:path";
var PSEUDO_FS = ["/proc", "/sys", "/dev"];
var MARKER = ".scan-gate-run.json";
function refuse(dir, why, fix = "Choose a writable folder, e.g. $RUNNER_TEMP/scan-gate") {
  throw new ConfigError(`Input \`output-dir\`: "${dir}" ${why}. ${fix}.`);
}
function nearestExisting(dir) {
  let current = dir;
  while (!existsSync2(current) && path4.dirname(current) !== current) current = path4.dirname(current);
  return current;
}
function createLevels(dir, from) {
  const missing = path4.relative(from, dir).split(path4.sep).filter(Boolean);
  let current = from;
  for (const part of missing) {
    current = path4.join(current, part);
    try {
      mkdirSync(current);
    } catch (error) {
      refuse(dir, `cannot be created (${error.code ?? error.message})`);
    }
  }
}
function readMarker(file) {
  try {
    return JSON.parse(readFileSync4(file, "utf8"));
  } catch {
    return {};
  }
}
function alive(pid) {
  if (!pid || pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}
function refuseShared(dir, previous, run) {
  if (previous.active && alive(previous.pid)) {
    refuse(
      dir,
      `is being written by another scan-gate run (process ${previous.pid}, instance "${previous.instance}")`,
      "Give each run its own `output-dir`"
    );
  }
  if (run && previous.run === run) {
    refuse(
      dir,
      `already holds the results of scan-gate instance "${previous.instance}" from this job, which this run would overwrite`,
      "Give each scan-gate step its own `output-dir` (or its own `instance` with the default output-dir)"
    );
  }
}
function prepareOutputDir(opts) {
  const { dir } = opts;
  const base = nearestExisting(dir);
  const real2 = realpathSync2(base);
  if (PSEUDO_FS.some((p) => real2 === p || real2.startsWith(`${p}/`)))
    refuse(dir, `is on a system pseudo-filesystem (${real2})`);
  if (!statSync2(base).isDirectory()) refuse(dir, `cannot be created: ${base} is a file`);
  createLevels(dir, base);
  if (!statSync2(dir).isDirectory()) refuse(dir, "is not a folder");
  const marker = path4.join(dir, MARKER);
  refuseShared(dir, existsSync2(marker) ? readMarker(marker) : {}, opts.run);
  const write = (active) => writeFileSync(marker, `${JSON.stringify({ run: opts.run, instance: opts.instance, pid: process.pid, active })}
`);
  try {
    write(true);
  } catch (error) {
    refuse(dir, `is not writable (${error.code ?? error.message})`);
  }
  return () => {
    try {
      write(false);
    } catch {
    }
  };
}

// src/pipeline/report-stage.ts
import { writeFileSync as writeFileSync3 } from "node:fs";
import path6 from "node:path";
import { pathToFileURL } from "node:url";

// src/forward/forward-findings.ts
import { writeFileSync as writeFileSync2 } from "node:fs";
import path5 from "node:path";

// src/forward/finding-context.ts
import { createHash as createHash3 } from "node:crypto";

// src/report/escape.ts
var ENTITIES = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
  "[": "&#91;",
  "]": "&#93;",
  "(": "&#40;",
  ")": "&#41;",
  "!": "&#33;",
  "`": "&#96;",
  "|": "&#124;",
  "*": "&#42;",
  _: "&#95;",
  "~": "&#126;",
  "#": "&#35;",
  "\\": "&#92;"
};
function md(text, maxLength = 300) {
  const oneLine = text.replace(/[\r\n\t]+/g, " ").replace(/\s{2,}/g, " ").trim();
  const clipped = oneLine.length > maxLength ? `${oneLine.slice(0, maxLength - 1)}\u2026` : oneLine;
  return clipped.replace(/[&<>"'[\]()!`|*_~#\\]/g, (c) => ENTITIES[c] ?? c).replace(/@(?=\w)/g, "@\u200B").replace(/:\/\//g, ":&#47;&#47;");
}
function urlPath(repoPath) {
  return repoPath.split("/").map(encodeURIComponent).join("/");
}
function insideRepository(repoPath) {
  if (repoPath === "" || repoPath.startsWith("/") || repoPath.includes("\\") || repoPath.includes(":")) return false;
  return repoPath.split("/").every((segment) => segment !== "" && segment !== "." && segment !== "..");
}

// src/forward/finding-context.ts
function forwardedId(report, fingerprint) {
  const { owner, repo } = report.event;
  const digest = createHash3("sha256").update(`${owner}/${repo}/${report.instance}
${fingerprint}`).digest("hex");
  return `scan-gate/${owner}/${repo}/${digest.slice(0, 40)}`;
}
function placeOf(finding, report, images) {
  const { owner, repo, serverUrl, sha } = report.event;
  const repositoryUrl = `${serverUrl.replace(/\/+$/, "")}/${owner}/${repo}`;
  const image = images.find((i) => finding.location.path.startsWith(`${i}: `));
  if (image) return { repositoryUrl, image, sourceUrl: repositoryUrl };
  const line = finding.location.startLine ? `#L${finding.location.startLine}` : "";
  return { repositoryUrl, sourceUrl: `${repositoryUrl}/blob/${sha}/${urlPath(finding.location.path)}${line}` };
}
function clip(text, max) {
  return text.length > max ? `${text.slice(0, max - 1)}\u2026` : text;
}
function describesDefaultBranch(event) {
  if (event.name === "schedule" || event.name === "workflow_dispatch") return true;
  if (event.name !== "push" || !event.ref?.startsWith("refs/heads/")) return false;
  return event.defaultBranch === void 0 || event.ref === `refs/heads/${event.defaultBranch}`;
}

// src/forward/asff.ts
var SEVERITY_LABEL = {
  critical: "CRITICAL",
  high: "HIGH",
  medium: "MEDIUM",
  low: "LOW",
  unknown: "INFORMATIONAL"
};
var TYPES = {
  vulnerability: "Software and Configuration Checks/Vulnerabilities/CVE",
  secret: "Sensitive Data Identifications/Passwords/Hard-coded secret",
  misconfiguration: "Software and Configuration Checks/Industry and Regulatory Standards/Infrastructure as code",
  code: "Software and Configuration Checks/Vulnerabilities/Source code",
  license: "Software and Configuration Checks/Industry and Regulatory Standards/Software licence"
};
function partition(region) {
  if (region.startsWith("cn-")) return "aws-cn";
  if (region.startsWith("us-gov-")) return "aws-us-gov";
  return "aws";
}
function defaultProductArn(target) {
  const { accountId, region } = target;
  return `arn:${partition(region)}:securityhub:${region}:${accountId}:product/${accountId}/default`;
}
function generatorId(scanner, ruleId) {
  return clip(`scan-gate/${scanner ?? "unknown"}/${ruleId ?? "unknown"}`, 512);
}
function vulnerabilities(f) {
  if (f.category !== "vulnerability" || !f.package?.name) return void 0;
  const fixed = f.package.fixedVersions ?? [];
  return [
    {
      Id: clip([f.ruleId, ...f.aliases].find((id) => id.startsWith("CVE-")) ?? f.ruleId, 512),
      VulnerablePackages: [
        {
          Name: f.package.name,
          Version: f.package.version,
          FixedInVersion: fixed.length > 0 ? fixed.join(", ") : void 0,
          PackageManager: f.package.ecosystem
        }
      ],
      FixAvailable: fixed.length > 0 ? "YES" : "NO",
      ReferenceUrls: f.helpUri ? [f.helpUri] : void 0
    }
  ];
}
function common(report, target, fingerprint) {
  const now = target.now.toISOString();
  return {
    SchemaVersion: "2018-10-08",
    Id: forwardedId(report, fingerprint),
    ProductArn: defaultProductArn(target),
    AwsAccountId: target.accountId,
    UpdatedAt: now,
    ProductName: "scan-gate",
    CompanyName: "scan-gate",
    Region: target.region
  };
}
function toAsffFinding(f, report, target) {
  const place = placeOf(f, report, target.images);
  const resources = [
    { Type: "Other", Id: place.repositoryUrl, Details: { Other: { Commit: report.event.sha } } }
  ];
  if (place.image)
    resources.push({ Type: "Container", Id: place.image, Details: { Container: { ImageName: place.image } } });
  return {
    ...common(report, target, f.fingerprint),
    GeneratorId: generatorId(f.scanner, f.ruleId),
    CreatedAt: f.firstSeen ?? target.now.toISOString(),
    Types: [TYPES[f.category]],
    Severity: { Label: SEVERITY_LABEL[f.severity], Original: f.severity },
    Title: clip(f.title || f.ruleId, 256),
    Description: clip(f.description || f.title || f.ruleId, 1024),
    SourceUrl: place.sourceUrl,
    Remediation: f.helpUri ? { Recommendation: { Text: clip(`See ${f.ruleId}`, 512), Url: f.helpUri } } : void 0,
    Resources: resources,
    Vulnerabilities: vulnerabilities(f),
    ProductFields: {
      "scan-gate/Scanner": f.scanner,
      "scan-gate/RuleId": clip(f.ruleId, 1024),
      "scan-gate/Fingerprint": f.fingerprint,
      "scan-gate/Status": f.status,
      "scan-gate/Blocking": String(f.blocking),
      "scan-gate/Path": clip(f.location.path, 1024),
      ...f.ignoredBy ? { "scan-gate/IgnoredBy": clip(f.ignoredBy.source, 1024) } : {}
    },
    RecordState: "ACTIVE"
  };
}
function toArchivedAsffFinding(f, report, target) {
  const title = `Fixed: ${f.ruleId ?? f.fingerprint}${f.path ? ` in ${f.path}` : ""}`;
  return {
    ...common(report, target, f.fingerprint),
    GeneratorId: generatorId(f.scanner, f.ruleId),
    CreatedAt: f.firstSeen ?? target.now.toISOString(),
    Types: [TYPES[f.category ?? "vulnerability"]],
    Severity: { Label: SEVERITY_LABEL[isSeverityText(f.severity) ? f.severity : "unknown"] },
    Title: clip(title, 256),
    Description: clip(
      `No longer reported by scan-gate at ${report.event.sha} (${report.event.ref ?? "no ref"}).`,
      1024
    ),
    Resources: [{ Type: "Other", Id: placeOf({ location: { path: f.path ?? "" } }, report, []).repositoryUrl }],
    ProductFields: { "scan-gate/Fingerprint": f.fingerprint, "scan-gate/Status": "fixed" },
    RecordState: "ARCHIVED"
  };
}
function isSeverityText(s) {
  return s !== void 0 && s in SEVERITY_LABEL;
}

// src/forward/ocsf.ts
var OCSF_VERSION = "1.8.0";
var FINDINGS_CATEGORY = 2;
var VULNERABILITY_FINDING = 2002;
var DETECTION_FINDING = 2004;
var SEVERITY = {
  unknown: [1, "Informational"],
  low: [2, "Low"],
  medium: [3, "Medium"],
  high: [4, "High"],
  critical: [5, "Critical"]
};
var ACTIVITY = { 1: "Create", 2: "Update", 3: "Close" };
var STATUS = { 1: "New", 3: "Suppressed", 4: "Resolved" };
function envelope(e, report, now) {
  const [severityId, severityName] = SEVERITY[e.severity];
  return {
    category_uid: FINDINGS_CATEGORY,
    category_name: "Findings",
    class_uid: e.classUid,
    class_name: e.classUid === VULNERABILITY_FINDING ? "Vulnerability Finding" : "Detection Finding",
    activity_id: e.activityId,
    activity_name: ACTIVITY[e.activityId],
    type_uid: e.classUid * 100 + e.activityId,
    severity_id: severityId,
    severity: severityName,
    status_id: e.statusId,
    status: STATUS[e.statusId],
    time: now.getTime(),
    metadata: {
      version: OCSF_VERSION,
      product: { name: "scan-gate", vendor_name: "scan-gate", version: report.toolVersion },
      log_name: `${report.event.owner}/${report.event.repo}`
    }
  };
}
function vulnerability(f) {
  const cve = [f.ruleId, ...f.aliases].find((id) => /^CVE-\d+-\d+$/.test(id));
  const fixed = f.package?.fixedVersions ?? [];
  return {
    ...cve ? { cve: { uid: cve } } : { advisory: { uid: f.ruleId } },
    title: clip(f.title, 1024),
    desc: f.description ? clip(f.description, 4096) : void 0,
    severity: SEVERITY[f.severity][1],
    affected_packages: f.package?.name ? [
      {
        name: f.package.name,
        version: f.package.version ?? "unknown",
        package_manager: f.package.ecosystem,
        fixed_in_version: fixed.length > 0 ? fixed.join(", ") : void 0
      }
    ] : void 0,
    is_fix_available: fixed.length > 0,
    references: f.helpUri ? [f.helpUri] : void 0
  };
}
var ms = (iso, fallback) => iso ? Date.parse(iso) : fallback.getTime();
function scanGateFields(f, report) {
  return {
    scanner: f.scanner,
    sources: f.sources,
    rule_id: f.ruleId,
    fingerprint: f.fingerprint,
    status: f.status,
    blocking: f.blocking,
    reason: f.reason,
    ignored_by: f.ignoredBy?.source,
    path: f.location.path,
    start_line: f.location.startLine,
    commit: report.event.sha,
    verified: f.verified
  };
}
function toOcsfRecord(f, report, opts) {
  const place = placeOf(f, report, opts.images);
  const classUid = f.category === "vulnerability" ? VULNERABILITY_FINDING : DETECTION_FINDING;
  const record = {
    ...envelope(
      {
        classUid,
        activityId: f.status === "existing" ? 2 : 1,
        statusId: f.status === "ignored" ? 3 : 1,
        severity: f.severity
      },
      report,
      opts.now
    ),
    message: clip(f.title, 1024),
    finding_info: {
      uid: forwardedId(report, f.fingerprint),
      title: clip(f.title, 1024),
      desc: f.description ? clip(f.description, 4096) : void 0,
      types: [f.category],
      src_url: place.sourceUrl,
      created_time: ms(f.firstSeen, opts.now),
      first_seen_time: ms(f.firstSeen, opts.now),
      last_seen_time: opts.now.getTime()
    },
    resources: [
      { type: "Repository", uid: place.repositoryUrl, name: `${report.event.owner}/${report.event.repo}` },
      ...place.image ? [{ type: "Container Image", uid: place.image, name: place.image }] : []
    ],
    unmapped: { scan_gate: scanGateFields(f, report) }
  };
  if (classUid === VULNERABILITY_FINDING) record.vulnerabilities = [vulnerability(f)];
  return stripUndefined(record);
}
function toOcsfClosedRecord(f, report, now) {
  const severity = f.severity && f.severity in SEVERITY ? f.severity : "unknown";
  const classUid = f.category === "vulnerability" ? VULNERABILITY_FINDING : DETECTION_FINDING;
  const title = `Fixed: ${f.ruleId ?? f.fingerprint}`;
  const record = {
    ...envelope({ classUid, activityId: 3, statusId: 4, severity }, report, now),
    message: title,
    finding_info: {
      uid: forwardedId(report, f.fingerprint),
      title,
      types: f.category ? [f.category] : void 0,
      first_seen_time: f.firstSeen ? Date.parse(f.firstSeen) : void 0,
      last_seen_time: now.getTime()
    },
    resources: [{ type: "Repository", uid: placeOf({ location: { path: "" } }, report, []).repositoryUrl }],
    unmapped: { scan_gate: { fingerprint: f.fingerprint, rule_id: f.ruleId, path: f.path, status: "fixed" } }
  };
  if (classUid === VULNERABILITY_FINDING) record.vulnerabilities = [{ advisory: { uid: f.ruleId ?? f.fingerprint } }];
  return stripUndefined(record);
}
function toOcsfRecords(report, opts) {
  return [
    ...report.verdict.findings.map((f) => toOcsfRecord(f, report, opts)),
    ...report.verdict.fixed.map((f) => toOcsfClosedRecord(f, report, opts.now))
  ];
}
function stripUndefined(value) {
  return JSON.parse(JSON.stringify(value));
}

// src/forward/security-hub.ts
var IMPORT_LIMITS = { count: 100, bytes: 6 * 1024 * 1024, findingBytes: 240 * 1024 };
function batchFindings(findings, limits = IMPORT_LIMITS) {
  const batches = [];
  const oversize = [];
  let current = [];
  let size = 16;
  for (const f of findings) {
    const bytes2 = Buffer.byteLength(JSON.stringify(f));
    if (bytes2 > limits.findingBytes) {
      oversize.push({ id: f.Id ?? "?", code: "TooLarge", message: `${bytes2} bytes > ${limits.findingBytes}` });
      continue;
    }
    if (current.length >= limits.count || current.length > 0 && size + bytes2 + 1 > limits.bytes) {
      batches.push(current);
      current = [];
      size = 16;
    }
    current.push(f);
    size += bytes2 + 1;
  }
  if (current.length > 0) batches.push(current);
  return { batches, oversize };
}
async function sendToSecurityHub(opts) {
  const { batches, oversize } = batchFindings([...opts.active, ...opts.archived]);
  const rejected = [...oversize];
  for (const batch of batches) rejected.push(...await opts.port.importFindings(batch));
  let calls = batches.length;
  const failedIds = new Set(rejected.map((r) => r.id));
  const toResolve = opts.archived.filter((f) => f.Id && f.ProductArn && !failedIds.has(f.Id)).map((f) => ({ Id: f.Id, ProductArn: f.ProductArn }));
  for (let i = 0; i < toResolve.length; i += IMPORT_LIMITS.count) {
    rejected.push(...await opts.port.resolveFindings(toResolve.slice(i, i + IMPORT_LIMITS.count)));
    calls++;
  }
  return {
    active: opts.active.filter((f) => !failedIds.has(f.Id ?? "")).length,
    archived: opts.archived.filter((f) => !failedIds.has(f.Id ?? "")).length,
    rejected,
    calls
  };
}

// src/forward/security-hub-client.ts
var REQUEST_TIMEOUT_MS = 3e4;
var CONNECT_TIMEOUT_MS = 1e4;
var MAX_ATTEMPTS = 5;
var requestHandler = {
  requestTimeout: REQUEST_TIMEOUT_MS,
  connectionTimeout: CONNECT_TIMEOUT_MS,
  throwOnRequestTimeout: true
};
function commonJs(imported) {
  const wrapped = imported.default;
  return wrapped && typeof wrapped === "object" && !("SecurityHubClient" in imported) && !("STSClient" in imported) ? wrapped : imported;
}
async function createSecurityHubPort(opts) {
  const hub = commonJs(await import("./dist-cjs-6HBP33SE.js"));
  const sts = commonJs(await import("./dist-cjs-VEE2RM66.js"));
  const base = { maxAttempts: MAX_ATTEMPTS, retryMode: "standard", requestHandler, ...opts.clientConfig };
  const client = new hub.SecurityHubClient(base);
  const region = await client.config.region().catch(() => "");
  if (!region) {
    throw new Error(
      "no AWS Region is configured: set `aws-region` in aws-actions/configure-aws-credentials, or AWS_REGION."
    );
  }
  const stsClient = new sts.STSClient({ ...base, region });
  const abort = { abortSignal: opts.signal };
  return {
    region,
    async accountId() {
      const who = await stsClient.send(new sts.GetCallerIdentityCommand({}), abort);
      if (!who.Account) throw new Error("STS GetCallerIdentity returned no account id.");
      return who.Account;
    },
    async importFindings(findings) {
      const out = await client.send(new hub.BatchImportFindingsCommand({ Findings: [...findings] }), abort);
      return (out.FailedFindings ?? []).map(
        (f) => ({ id: f.Id ?? "?", code: f.ErrorCode ?? "?", message: f.ErrorMessage ?? "" })
      );
    },
    async resolveFindings(ids2) {
      const out = await client.send(
        new hub.BatchUpdateFindingsCommand({
          FindingIdentifiers: [...ids2],
          Workflow: { Status: "RESOLVED" },
          Note: { Text: "Fixed: no longer reported by scan-gate.", UpdatedBy: "scan-gate" }
        }),
        abort
      );
      return (out.UnprocessedFindings ?? []).map(
        (f) => ({
          id: f.FindingIdentifier?.Id ?? "?",
          code: f.ErrorCode ?? "?",
          message: f.ErrorMessage ?? ""
        })
      );
    }
  };
}

// src/forward/webhook.ts
import { createHmac } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
var SIGNATURE_HEADER = "X-Scan-Gate-Signature";
var MAX_BODY_BYTES = 1024 * 1024;
function webhookBodies(records2, maxBytes = MAX_BODY_BYTES) {
  const bodies = [];
  const tooLarge = [];
  let lines2 = [];
  let size = 0;
  records2.forEach((record, index) => {
    const line = `${JSON.stringify(record)}
`;
    const bytes2 = Buffer.byteLength(line);
    if (bytes2 > maxBytes) {
      tooLarge.push(index);
      return;
    }
    if (size + bytes2 > maxBytes) {
      bodies.push({ body: lines2.join(""), count: lines2.length });
      lines2 = [];
      size = 0;
    }
    lines2.push(line);
    size += bytes2;
  });
  if (lines2.length > 0) bodies.push({ body: lines2.join(""), count: lines2.length });
  return { bodies, tooLarge };
}
function signBody(secret, body) {
  return `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;
}
var retryable = (status) => status === 408 || status === 429 || status >= 500;
async function deliver(opts, body, deadline) {
  const attempts = opts.attempts ?? 4;
  const headers = { "content-type": "application/x-ndjson", "user-agent": "scan-gate" };
  if (opts.secret) headers[SIGNATURE_HEADER] = signBody(opts.secret, body);
  let problem = "not attempted";
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const left = deadline - Date.now();
    if (left <= 0) return `${problem}; the forwarding time budget ran out`;
    try {
      const response = await fetch(opts.url, {
        method: "POST",
        headers,
        body,
        // A redirect would re-POST the findings to wherever the collector points (any host, even plain http).
        redirect: "manual",
        signal: AbortSignal.timeout(Math.min(opts.requestTimeoutMs ?? 3e4, left))
      });
      await response.body?.cancel().catch(() => void 0);
      if (response.ok) return void 0;
      problem = `HTTP ${response.status}`;
      if (!retryable(response.status)) return problem;
    } catch (error) {
      const e = error;
      problem = e.name === "TimeoutError" ? "timed out" : `network error (${e.name})`;
    }
    if (attempt < attempts) await sleep(Math.min((opts.baseDelayMs ?? 500) * 2 ** (attempt - 1), 1e4));
  }
  return `${problem} after ${attempts} attempts`;
}
async function sendToWebhook(opts) {
  const { bodies, tooLarge } = webhookBodies(opts.records, opts.maxBodyBytes);
  const deadline = Date.now() + (opts.budgetMs ?? 3e5);
  const errors = tooLarge.map(
    (i) => `record ${i + 1} is larger than the ${opts.maxBodyBytes ?? MAX_BODY_BYTES}-byte body limit`
  );
  let sent = 0;
  for (const [i, b] of bodies.entries()) {
    const problem = await deliver(opts, b.body, deadline);
    if (problem) errors.push(`batch ${i + 1}/${bodies.length} (${b.count} records): ${problem}`);
    else sent += b.count;
  }
  return { sent, batches: bodies.length, errors };
}

// src/forward/forward-findings.ts
var OCSF_FILE = "findings.ocsf.json";
var SECURITY_HUB_BUDGET_MS = 5 * 6e4;
async function forwardFindings(opts) {
  const { forward } = opts;
  const record = {};
  const notes = [];
  const warnings = [];
  const needsOcsf = forward.ocsf || forward.siemWebhook !== void 0;
  const ocsf = needsOcsf ? toOcsfRecords(opts.report, { images: opts.images, now: opts.now }) : [];
  if (forward.ocsf) {
    writeFileSync2(path5.join(opts.outputDir, OCSF_FILE), `${JSON.stringify(ocsf, null, 1)}
`);
    record.ocsf = { file: OCSF_FILE, version: OCSF_VERSION, records: ocsf.length };
  }
  if (forward.securityHub) {
    const hub = await forwardToSecurityHub(opts);
    record.securityHub = hub.record;
    if (hub.note) notes.push(hub.note);
    warnings.push(...hub.warnings);
  }
  if (forward.siemWebhook) {
    const hook = await forwardToWebhook(forward.siemWebhook, forward.siemWebhookSecret, ocsf, opts.webhookBaseDelayMs);
    record.siemWebhook = hook.record;
    if (hook.note) notes.push(hook.note);
    if (hook.warning) warnings.push(hook.warning);
  }
  return { record, notes, warnings, failed: warnings.length > 0 };
}
async function forwardToSecurityHub(opts) {
  const { report } = opts;
  if (!describesDefaultBranch(report.event)) {
    const branch = report.event.defaultBranch ?? "the default branch";
    return {
      record: { skipped: "not the default branch" },
      note: `Security Hub: not sent \u2014 it mirrors the default branch (${branch}), so only pushes to it and scheduled or manual runs forward.`,
      warnings: []
    };
  }
  try {
    return await importIntoSecurityHub(opts);
  } catch (error) {
    const e = error;
    const message = `Security Hub forwarding failed: ${e.name && e.name !== "Error" ? `${e.name}: ` : ""}${e.message}`;
    return { record: { error: message }, warnings: [message] };
  }
}
async function importIntoSecurityHub(opts) {
  const { report } = opts;
  const signal = AbortSignal.timeout(SECURITY_HUB_BUDGET_MS);
  const port = await (opts.securityHub ?? ((s) => createSecurityHubPort({ signal: s })))(signal);
  const target = {
    accountId: await port.accountId(),
    region: port.region,
    images: opts.images,
    now: opts.now
  };
  const out = await sendToSecurityHub({
    port,
    active: report.verdict.findings.map((f) => toAsffFinding(f, report, target)),
    // The policy lists as fixed only what a scanner that completed looked for (policy/baseline.ts fixedJudge).
    archived: report.verdict.fixed.map((f) => toArchivedAsffFinding(f, report, target))
  });
  const rejected = out.rejected.map((r) => ({ id: r.id, code: r.code, message: r.message }));
  const { region, accountId } = target;
  const record = { region, accountId, active: out.active, archived: out.archived, calls: out.calls, rejected };
  const calls = `${out.calls} call${out.calls === 1 ? "" : "s"}`;
  const note = `Security Hub (${region}): ${out.active} active and ${out.archived} archived findings imported in ${calls}.`;
  if (rejected.length === 0) return { record, note, warnings: [] };
  const list = rejected.slice(0, 10).map((r) => `${r.id}: ${r.code} ${r.message}`.trim());
  const more = rejected.length > 10 ? ` (and ${rejected.length - 10} more in report.json)` : "";
  const count = `${rejected.length} finding${rejected.length === 1 ? "" : "s"}`;
  return { record, note, warnings: [`Security Hub rejected ${count}: ${list.join("; ")}${more}`] };
}
async function forwardToWebhook(url, secret, records2, baseDelayMs) {
  const out = await sendToWebhook({ url, secret, records: records2, baseDelayMs });
  const record = { sent: out.sent, batches: out.batches, signed: secret !== void 0, errors: out.errors };
  if (out.errors.length > 0) {
    return {
      record,
      warning: `SIEM webhook: ${out.sent} of ${records2.length} records delivered; ${out.errors.join("; ")}`
    };
  }
  const batches = `${out.batches} batch${out.batches === 1 ? "" : "es"}`;
  return { record, note: `SIEM webhook: ${out.sent} OCSF records delivered in ${batches}.` };
}

// src/report/annotations.ts
var PER_LEVEL = 10;
function clean(text) {
  return text.replace(/[\r\n]+/g, " ").replace(/::/g, ": :").slice(0, 300);
}
function firstInOrder(items, k, compare) {
  const top = [];
  for (const item of items) {
    const last = top[top.length - 1];
    if (top.length === k && last !== void 0 && compare(item, last) >= 0) continue;
    let i = top.length;
    while (i > 0 && compare(item, top[i - 1]) < 0) i--;
    top.splice(i, 0, item);
    if (top.length > k) top.pop();
  }
  return top;
}
function selectAnnotations(report) {
  const counted = report.verdict.findings.filter((f) => f.status !== "ignored" && !f.location.path.includes("://"));
  const errors = firstInOrder(
    counted.filter((f) => f.blocking),
    PER_LEVEL,
    bySeverityDesc
  );
  const warnings = firstInOrder(
    counted.filter((f) => !f.blocking),
    PER_LEVEL,
    bySeverityDesc
  );
  const toAnnotation = (level) => (f) => ({
    level,
    file: f.location.path,
    line: f.location.startLine,
    endLine: f.location.endLine,
    title: clean(`${f.severity} ${f.ruleId} (${f.sources.join(", ")})`),
    message: clean(`${f.title}${f.reason ? ` \u2014 blocks: ${f.reason}` : ""}`)
  });
  return [...errors.map(toAnnotation("error")), ...warnings.map(toAnnotation("warning"))];
}

// src/github/api.ts
function statusOf(error) {
  const status = error?.status;
  return typeof status === "number" ? status : void 0;
}
function describeApiError(error) {
  const answered = error?.response !== void 0;
  const status = answered ? statusOf(error) : void 0;
  const message = error?.message ?? String(error);
  return `${status ? `HTTP ${status}: ` : ""}${message.split("\n")[0]?.slice(0, 300)}${rateLimitNote(error)}`;
}
function isRateLimited(error) {
  const status = statusOf(error);
  if (status !== 403 && status !== 429) return false;
  const headers = error?.response?.headers;
  return String(headers?.["x-ratelimit-remaining"]) === "0" || /rate limit/i.test(error?.message ?? "");
}
function rateLimitNote(error) {
  const headers = error?.response?.headers;
  if (String(headers?.["x-ratelimit-remaining"]) !== "0") return "";
  const reset = Number(headers?.["x-ratelimit-reset"]);
  if (!Number.isFinite(reset) || reset <= 0) return " (rate limit exhausted)";
  return ` (rate limit exhausted until ${new Date(reset * 1e3).toISOString()}; not waiting that long)`;
}

// src/report/comment-publisher.ts
function parseMarker(body) {
  const m = /<!-- scan-gate:comment instance=(\S+) head=(\S+) run=(\d+) -->/.exec(body);
  return m ? { instance: m[1] ?? "", head: m[2] ?? "", run: Number(m[3]) } : void 0;
}
async function listOurs(api, pr, instance) {
  return (await api.listIssueComments(pr)).map((c) => ({ c, marker: parseMarker(c.body) })).filter((x) => x.marker?.instance === instance).sort((a, b) => a.c.createdAt.localeCompare(b.c.createdAt) || a.c.id - b.c.id);
}
function isNewerHead(m, report) {
  const head = report.event.headSha ?? report.event.sha;
  return m.run > Number(report.event.runId ?? 0) && m.head !== head;
}
async function deleteQuietly(api, id) {
  try {
    await api.deleteIssueComment(id);
  } catch (error) {
    if (statusOf(error) !== 404) throw error;
  }
}
async function settle(api, ours, report, body, written) {
  const [oldest, ...rest] = ours;
  if (!oldest) return written;
  let kept = oldest.c;
  const newerRun = oldest.marker.run > Number(report.event.runId ?? 0);
  if (oldest.c.id !== written?.id && !newerRun && oldest.c.body !== body)
    kept = await api.updateIssueComment(oldest.c.id, body);
  for (const d of rest) await deleteQuietly(api, d.c.id);
  return kept;
}
async function publish(api, pr, report, body) {
  const ours = await listOurs(api, pr, report.instance);
  const newer = ours.find((x) => isNewerHead(x.marker, report));
  if (newer) {
    return {
      url: newer.c.htmlUrl,
      warnings: [],
      notices: [
        `PR comment left as is: run ${newer.marker.run} already reported a newer head (${newer.marker.head.slice(0, 7)}).`
      ]
    };
  }
  if (ours.length > 0) {
    const kept2 = await settle(api, ours, report, body);
    return { url: kept2?.htmlUrl, warnings: [], notices: [] };
  }
  const created = await api.createIssueComment(pr, body);
  const kept = await settle(api, await listOurs(api, pr, report.instance), report, body, created);
  return { url: (kept ?? created).htmlUrl, warnings: [], notices: [] };
}
async function publishPrComment(api, opts) {
  const { report, body } = opts;
  const pr = report.event.prNumber;
  if (pr === void 0) return { warnings: [], notices: [] };
  try {
    return await publish(api, pr, report, body);
  } catch (error) {
    if (statusOf(error) === 403 && !isRateLimited(error)) {
      return {
        warnings: [],
        notices: [
          "PR comment skipped: the token is read-only (fork or Dependabot pull request?). Everything is in the job summary."
        ]
      };
    }
    return {
      warnings: [
        `PR comment not written (${describeApiError(error)}); the verdict is unchanged and the job summary has the details.`
      ],
      notices: []
    };
  }
}

// src/report/markdown-parts.ts
var ICON = { critical: "\u{1F7E5}", high: "\u{1F7E7}", medium: "\u{1F7E8}", low: "\u{1F7E6}", unknown: "\u2B1C" };
function verdictHeading(report, instanceSuffix = true) {
  const v = report.verdict;
  const who = instanceSuffix && report.instance !== "default" ? ` (${md(report.instance)})` : "";
  return v.verdict === "pass" ? `## \u2705 scan-gate${who}: passed` : `## \u274C scan-gate${who}: failed \u2014 ${v.blocking} blocking finding${v.blocking === 1 ? "" : "s"}${v.scannerErrors.length ? `, ${v.scannerErrors.length} scanner error${v.scannerErrors.length === 1 ? "" : "s"}` : ""}`;
}
function reasonsList(report) {
  return report.verdict.reasons.map((r) => `- ${md(r, 500)}`);
}
function countsTable(report) {
  const counted = report.verdict.findings.filter((f) => f.status !== "ignored");
  const scanners = report.scanners.map((s) => s.id);
  const cell = (id, sev) => counted.filter((f) => f.severity === sev && (id === "all" || f.sources.includes(id))).length;
  const lines2 = [
    `| severity | ${scanners.join(" | ")} | total |`,
    `|---|${scanners.map(() => "---:").join("|")}|---:|`
  ];
  for (const sev of SEVERITIES)
    lines2.push(`| ${ICON[sev]} ${sev} | ${scanners.map((s) => cell(s, sev)).join(" | ")} | ${cell("all", sev)} |`);
  return lines2;
}
function statusLine(report) {
  const v = report.verdict;
  const parts = [
    `**${v.total}** findings`,
    `**${v.blocking}** blocking`,
    `${v.newCount} new`,
    `${v.existingCount} existing`,
    `${v.fixed.length} fixed`,
    `${v.ignoredCount} ignored`
  ];
  if (v.expiredIgnores.length)
    parts.push(`${v.expiredIgnores.length} expired ignore${v.expiredIgnores.length === 1 ? "" : "s"}`);
  if (v.overdue) parts.push(`${v.overdue} overdue`);
  return parts.join(" \xB7 ");
}
function location(report, f) {
  const { path: p, startLine } = f.location;
  const text = md(startLine ? `${p}:${startLine}` : p, 120);
  const e = report.event;
  if (!e.owner || !e.sha || !insideRepository(p)) return text;
  const anchor = startLine ? `#L${startLine}` : "";
  return `[${text}](${e.serverUrl}/${e.owner}/${e.repo}/blob/${e.sha}/${urlPath(p)}${anchor})`;
}
function findingRow(report, f) {
  const pkg = f.package ? ` \u2014 ${md(`${f.package.name}@${f.package.version ?? "?"}`, 80)}` : "";
  const status = f.status === "ignored" ? `ignored (${md(f.ignoredBy?.source ?? "", 80)}${f.ignoredBy?.reason ? `: ${md(f.ignoredBy.reason, 160)}` : ""})` : f.overdue ? `${f.status}, overdue` : f.status;
  return `| ${ICON[f.severity]} ${f.severity} | ${md(f.ruleId, 80)} | ${md(f.title, 160)}${pkg} | ${location(report, f)} | ${md(f.sources.join(", "))} | ${status} |`;
}
var FINDINGS_HEADER = [
  "| severity | rule | finding | location | scanner | status |",
  "|---|---|---|---|---|---|"
];
function sortedBlocking(report) {
  return report.verdict.findings.filter((f) => f.blocking).sort(bySeverityDesc);
}
function scannersTable(report) {
  const lines2 = [
    "| scanner | version | status | findings | time | install | database age |",
    "|---|---|---|---:|---:|---|---|"
  ];
  for (const s of report.scanners) {
    const status = s.status === "ok" ? `\u2705 ok${s.note ? ` (${md(s.note, 300)})` : ""}` : s.status === "skipped" ? `\u23ED\uFE0F skipped${s.note ? ` (${md(s.note)})` : ""}` : `\u274C error: ${md(s.error ?? "", 300)}`;
    const age = s.dbAgeHours === void 0 ? "\u2014" : `${s.dbAgeHours} h`;
    lines2.push(
      `| ${s.id} | ${md(s.version ?? "\u2014")} | ${status} | ${s.findings} | ${(s.durationMs / 1e3).toFixed(1)} s | ${md(s.install ?? "\u2014", 120)} | ${age} |`
    );
  }
  return lines2;
}
function ignoresSection(report) {
  const v = report.verdict;
  const lines2 = [];
  for (const r of v.expiredIgnores)
    lines2.push(
      `- \u23F0 expired ignore **${md(r.id, 80)}** (expired ${md(r.expires ?? "")}, ${md(r.source)}) \u2014 no longer applies`
    );
  for (const r of v.unusedIgnores)
    lines2.push(`- \u{1F4A4} unused ignore **${md(r.id, 80)}** (${md(r.source)}) matched nothing \u2014 remove it?`);
  return lines2;
}
function rangeLine(report) {
  if (!report.range) return [];
  const lines2 = [`**Scanned range:** ${md(report.range.description, 200)}`];
  if (report.range.warning) lines2.push(`> \u26A0\uFE0F ${md(report.range.warning, 400)}`);
  return lines2;
}

// src/report/resolution.ts
var DAY = 864e5;
var AGE_BANDS = [
  { label: "< 1 day", maxDays: 1 },
  { label: "1\u20137 days", maxDays: 7 },
  { label: "8\u201330 days", maxDays: 30 },
  { label: "31\u201390 days", maxDays: 90 },
  { label: "> 90 days", maxDays: Number.POSITIVE_INFINITY }
];
function ageBands(report) {
  const now = Date.parse(report.startedAt);
  const counts = AGE_BANDS.map((b) => ({ label: b.label, count: 0 }));
  let unknown = 0;
  for (const f of report.verdict.findings) {
    if (f.status === "ignored") continue;
    if (!f.firstSeen) {
      unknown++;
      continue;
    }
    const days = (now - Date.parse(f.firstSeen)) / DAY;
    const i = AGE_BANDS.findIndex((b) => days < b.maxDays);
    const band = counts[i < 0 ? counts.length - 1 : i];
    if (band) band.count++;
  }
  return unknown > 0 ? [...counts, { label: "first seen today", count: unknown }] : counts;
}
function median(values) {
  if (values.length === 0) return void 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}
function resolutions(report) {
  const now = report.verdict.fixed.filter((f) => f.firstSeen && f.fixedAt).map((f) => ({
    fingerprint: f.fingerprint,
    severity: f.severity,
    firstSeen: f.firstSeen,
    fixedAt: f.fixedAt
  }));
  return [...report.verdict.resolvedHistory ?? [], ...now];
}
function medianTimeToResolve(report) {
  const all = resolutions(report);
  return SEVERITIES.flatMap((severity) => {
    const times = all.filter((r) => (r.severity ?? "unknown") === severity).map((r) => Date.parse(r.fixedAt) - Date.parse(r.firstSeen)).filter((ms2) => Number.isFinite(ms2) && ms2 >= 0);
    const m = median(times);
    return m === void 0 ? [] : [{ severity, medianMs: m, count: times.length }];
  });
}
function formatDuration(ms2) {
  if (ms2 < 2 * 36e5) return `${Math.round(ms2 / 6e4)} min`;
  if (ms2 < 2 * DAY) return `${Math.round(ms2 / 36e5)} h`;
  return `${Math.round(ms2 / DAY * 10) / 10} days`;
}
function resolutionSection(report) {
  const bands = ageBands(report);
  const lines2 = [
    `| open findings by age | ${bands.map((b) => b.label).join(" | ")} |`,
    `|---|${bands.map(() => "---:").join("|")}|`,
    `| count | ${bands.map((b) => b.count).join(" | ")} |`
  ];
  const ttr = medianTimeToResolve(report);
  lines2.push("");
  if (ttr.length === 0) {
    lines2.push("_Median time to resolve: no resolved findings recorded yet (the baseline records them)._");
  } else {
    lines2.push("| severity | median time to resolve | resolved |", "|---|---:|---:|");
    for (const t of ttr) lines2.push(`| ${t.severity} | ${formatDuration(t.medianMs)} | ${t.count} |`);
  }
  return lines2;
}

// src/report/job-summary.ts
var SUMMARY_BUDGET = 1e3 * 1024;
var bytes = (text) => Buffer.byteLength(text, "utf8");
function table(rows, budget, total) {
  const lines2 = [...FINDINGS_HEADER];
  let size = bytes(lines2.join("\n"));
  let shown = 0;
  for (const row of rows) {
    const n = bytes(row) + 1;
    if (size + n > budget) break;
    lines2.push(row);
    size += n;
    shown++;
  }
  if (shown < total)
    lines2.push("", `_\u2026 ${total - shown} more not shown here (size limit); every finding is in report.json._`);
  return { lines: lines2, shown };
}
function* rowsOf(report, findings) {
  for (const f of findings) yield findingRow(report, f);
}
function renderJobSummary(report, extras = {}) {
  const head = [
    verdictHeading(report),
    "",
    ...reasonsList(report),
    "",
    statusLine(report),
    "",
    ...countsTable(report),
    "",
    ...rangeLine(report),
    ""
  ];
  const tail2 = [
    "",
    "### Scanners",
    "",
    ...scannersTable(report),
    "",
    "### Age and time to resolve",
    "",
    ...resolutionSection(report),
    ""
  ];
  const ign = ignoresSection(report);
  if (ign.length) tail2.push("### Ignores", "", ...ign, "");
  const notes = [...extras.lines ?? [], ...report.warnings.map((w) => `\u26A0\uFE0F ${w}`)];
  if (notes.length) tail2.push("### Notes", "", ...notes.map((n) => `- ${md(n, 1e3)}`), "");
  tail2.push(
    `<sub>scan-gate ${report.toolVersion} \xB7 policy ${report.configFile ?? "defaults"} \xB7 mode ${report.mode}</sub>`,
    ""
  );
  const fixed = bytes(head.join("\n")) + bytes(tail2.join("\n"));
  const blocking = sortedBlocking(report);
  const others = report.verdict.findings.filter((f) => !f.blocking).sort(bySeverityDesc);
  const budget = SUMMARY_BUDGET - fixed - 500;
  const b = table(rowsOf(report, blocking), Math.floor(budget * 0.6), blocking.length);
  const o = table(rowsOf(report, others), budget - bytes(b.lines.join("\n")), others.length);
  const body = [
    ...head,
    ...blocking.length ? ["### Blocking findings", "", ...b.lines, ""] : [],
    ...others.length ? ["<details><summary>Other findings (not blocking)</summary>", "", ...o.lines, "", "</details>", ""] : [],
    ...tail2
  ];
  return body.join("\n");
}

// src/report/pr-comment.ts
var COMMENT_LIMIT = 65536;
var BUDGET = 6e4;
var TOP = 25;
function commentMarker(report) {
  const head = report.event.headSha ?? report.event.sha;
  return `<!-- scan-gate:comment instance=${report.instance} head=${head} run=${report.event.runId ?? "0"} -->`;
}
function renderPrComment(report, extras = {}) {
  const blocking = sortedBlocking(report);
  const rows = [];
  const head = [
    commentMarker(report),
    verdictHeading(report),
    "",
    ...reasonsList(report).slice(0, 10),
    "",
    statusLine(report),
    "",
    ...countsTable(report),
    ""
  ];
  const foot = ["", ...rangeLine(report), ""];
  const ign = ignoresSection(report);
  if (ign.length) foot.push(...ign.slice(0, 10), "");
  foot.push("<details><summary>Scanners</summary>", "", ...scannersTable(report), "", "</details>", "");
  for (const line of (extras.lines ?? []).slice(0, 10)) foot.push(`- ${md(line, 300)}`);
  const link = report.event.runUrl ? `[the job summary](${report.event.runUrl})` : "the job summary";
  let size = [...head, ...foot].join("\n").length + 400;
  for (const f of blocking.slice(0, TOP)) {
    const row = findingRow(report, f);
    if (size + row.length > BUDGET) break;
    rows.push(row);
    size += row.length + 1;
  }
  const more = blocking.length - rows.length;
  const findings = rows.length ? [
    "### Blocking findings",
    "",
    ...FINDINGS_HEADER,
    ...rows,
    ...more > 0 ? ["", `_\u2026 and ${more} more blocking finding${more === 1 ? "" : "s"}: see ${link} and report.json._`] : [],
    ""
  ] : [];
  const body = [
    ...head,
    ...findings,
    ...foot,
    `<sub>Full details in ${link}. scan-gate ${md(report.toolVersion)}.</sub>`
  ].join("\n");
  return body.length <= COMMENT_LIMIT ? body : `${body.slice(0, COMMENT_LIMIT - 200)}

_(truncated to GitHub's comment limit; see ${link})_`;
}

// src/report/report-json.ts
import { closeSync, openSync, writeSync } from "node:fs";
function findingJson(f) {
  return {
    scanner: f.scanner,
    sources: f.sources,
    ruleId: f.ruleId,
    aliases: f.aliases,
    category: f.category,
    severity: f.severity,
    title: f.title,
    location: f.location,
    package: f.package,
    fingerprint: f.fingerprint,
    status: f.status,
    blocking: f.blocking,
    reason: f.reason,
    ignoredBy: f.ignoredBy,
    verified: f.verified,
    firstSeen: f.firstSeen,
    alertUrl: f.alertUrl,
    overdue: f.overdue || void 0,
    helpUri: f.helpUri
  };
}
function renderReportJson(report, extra = {}) {
  return { ...reportJsonWithout(report, extra), findings: report.verdict.findings.map(findingJson) };
}
function reportJsonWithout(report, extra) {
  const v = report.verdict;
  return {
    schemaVersion: 1,
    tool: { name: "scan-gate", version: report.toolVersion },
    generatedAt: new Date(Date.parse(report.startedAt) + report.durationMs).toISOString(),
    verdict: v.verdict,
    reasons: v.reasons,
    counts: { ...v.counts },
    totals: {
      total: v.total,
      blocking: v.blocking,
      new: v.newCount,
      existing: v.existingCount,
      ignored: v.ignoredCount,
      fixed: v.fixed.length,
      overdue: v.overdue
    },
    policy: {
      preset: report.policy.preset,
      failOn: report.policy.failOn,
      failOnSource: report.policy.failOnSource,
      mode: report.mode,
      configFile: report.configFile,
      failOnScannerError: report.policy.failOnScannerError,
      baseline: v.baseline,
      sha256: report.audit?.policySha256,
      fileSha256: report.audit?.policyFileSha256
    },
    event: {
      name: report.event.name,
      sha: report.event.sha,
      ref: report.event.ref,
      pullRequest: report.event.prNumber,
      runUrl: report.event.runUrl
    },
    range: report.range ? { ...report.range } : void 0,
    findings: [],
    fixed: v.fixed.map((f) => ({
      ...f,
      timeToResolveMs: f.firstSeen && f.fixedAt ? Date.parse(f.fixedAt) - Date.parse(f.firstSeen) : void 0
    })),
    ignores: {
      expired: v.expiredIgnores.map((r) => ({ ...r })),
      unused: v.unusedIgnores.map((r) => ({ ...r }))
    },
    scanners: report.scanners.map((s) => ({
      id: s.id,
      version: s.version,
      status: s.status,
      durationMs: s.durationMs,
      findings: s.findings,
      error: s.error,
      install: s.install,
      dbAgeHours: s.dbAgeHours,
      note: s.note
    })),
    warnings: report.warnings,
    inputs: report.audit?.inputs,
    forwarding: extra.forwarding
  };
}
var FINDINGS_PLACEHOLDER = '"findings":[]';
function writeReportJson(file, report, extra = {}) {
  const head = JSON.stringify(reportJsonWithout(report, extra));
  const at = head.indexOf(FINDINGS_PLACEHOLDER) + FINDINGS_PLACEHOLDER.length - 1;
  const fd = openSync(file, "w");
  try {
    writeSync(fd, head.slice(0, at));
    const findings = report.verdict.findings;
    for (let i = 0; i < findings.length; i += 1e3) {
      const batch = findings.slice(i, i + 1e3).map((f) => JSON.stringify(findingJson(f)));
      writeSync(fd, `${i === 0 ? "" : ","}${batch.join(",")}`);
    }
    writeSync(fd, `${head.slice(at)}
`);
  } finally {
    closeSync(fd);
  }
}

// src/report/sarif/build.ts
import { gzipSync } from "node:zlib";

// src/report/sarif/levels.ts
var SECURITY_SEVERITY = {
  critical: "9.5",
  high: "8.0",
  medium: "5.5",
  low: "2.0",
  // 0.0 means "no security severity" to GitHub; unknown findings still carry the security tag.
  unknown: "0.0"
};
var LEVEL = {
  critical: "error",
  high: "error",
  medium: "warning",
  low: "note",
  unknown: "warning"
};

// src/report/sarif/line-hash.ts
var WINDOW = 100;
var BASE = 37;
var EOF_MARK = 65535;
var LF = 10;
var CR = 13;
var TWO_32 = 2 ** 32;
function significantCodes(text) {
  const codes = new Uint16Array(text.length + 1 + WINDOW);
  const starts = [0];
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code === 32 || code === 9) continue;
    if (code === CR) {
      if (text.charCodeAt(i + 1) === LF) continue;
      code = LF;
    }
    codes[n++] = code;
    if (code === LF) starts.push(n);
  }
  codes[n] = EOF_MARK;
  return { codes, starts };
}
function windowHash(codes, start) {
  let hi = 0;
  let lo = 0;
  for (let i = start; i < start + WINDOW; i++) {
    const low = lo * BASE + codes[i];
    lo = low >>> 0;
    hi = hi * BASE + (low - lo) / TWO_32 >>> 0;
  }
  return hi === 0 ? lo.toString(16) : `${hi.toString(16)}${lo.toString(16).padStart(8, "0")}`;
}
function lineHashes(text) {
  const { codes, starts } = significantCodes(text);
  const seen = /* @__PURE__ */ new Map();
  return starts.map((start) => {
    const hex = windowHash(codes, start);
    const n = (seen.get(hex) ?? 0) + 1;
    seen.set(hex, n);
    return `${hex}:${n}`;
  });
}

// src/report/sarif/build.ts
var LIMITS = {
  resultsPerRun: 25e3,
  gzipBytes: 10 * 1024 * 1024,
  tagsPerRule: 20,
  textLength: 1024
};
var clip2 = (text, n = LIMITS.textLength) => text.length > n ? `${text.slice(0, n - 1)}\u2026` : text;
function rulesFor(findings) {
  const index = /* @__PURE__ */ new Map();
  const rules = [];
  for (const f of findings) {
    const at = index.get(f.ruleId);
    if (at !== void 0) {
      const rule = rules[at];
      if (Number(SECURITY_SEVERITY[f.severity]) > Number(rule.properties["security-severity"])) {
        rule.properties["security-severity"] = SECURITY_SEVERITY[f.severity];
        rule.defaultConfiguration = { level: LEVEL[f.severity] };
      }
      continue;
    }
    index.set(f.ruleId, rules.length);
    const help = `${f.description ?? f.title}${f.helpUri ? `

More: ${f.helpUri}` : ""}`;
    rules.push({
      id: f.ruleId,
      name: clip2(f.ruleId, 255),
      shortDescription: { text: clip2(f.title) },
      fullDescription: { text: clip2(f.description ?? f.title) },
      help: { text: clip2(help, 8e3) },
      ...f.helpUri ? { helpUri: f.helpUri } : {},
      defaultConfiguration: { level: LEVEL[f.severity] },
      properties: {
        tags: ["security", f.category].slice(0, LIMITS.tagsPerRule),
        "security-severity": SECURITY_SEVERITY[f.severity]
      }
    });
  }
  return { rules, index };
}
function relativeUri(repoPath) {
  return repoPath.replace(/^\/+/, "").split("/").map(encodeURIComponent).join("/");
}
function resultFor(f, ruleIndex, hashes) {
  const line = Math.max(1, f.location.startLine ?? 1);
  const pkg = f.package ? ` in ${f.package.name}${f.package.version ? `@${f.package.version}` : ""}` : "";
  const hash = hashes(f.location.path)?.[line - 1];
  return {
    ruleId: f.ruleId,
    ruleIndex,
    level: LEVEL[f.severity],
    message: { text: clip2(`${f.title}${pkg}${f.blocking ? ` \u2014 blocks: ${f.reason ?? ""}` : ""}`, 2e3) },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: relativeUri(f.location.path), uriBaseId: "%SRCROOT%" },
          region: {
            startLine: line,
            ...f.location.endLine && f.location.endLine >= line ? { endLine: f.location.endLine } : {},
            ...f.location.startColumn ? { startColumn: f.location.startColumn } : {}
          }
        }
      }
    ],
    partialFingerprints: {
      ...hash ? { primaryLocationLineHash: hash } : {},
      "scan-gate/v2": f.fingerprint
    },
    ...f.status === "ignored" ? {
      suppressions: [
        {
          kind: "external",
          justification: clip2(`${f.ignoredBy?.reason ?? ""} (${f.ignoredBy?.source ?? ""})`, 500)
        }
      ]
    } : {},
    properties: { "scan-gate/status": f.status, "scan-gate/blocking": f.blocking, "scan-gate/sources": [...f.sources] }
  };
}
function runFor(report, scanner, findings, hashes) {
  const { rules, index } = rulesFor(findings);
  const version = report.scanners.find((s) => s.id === scanner)?.version;
  const suffix = report.instance === "default" ? "" : `${report.instance}/`;
  return {
    tool: {
      driver: {
        name: `scan-gate/${scanner}`,
        ...version ? { version } : {},
        informationUri: "https://github.com/scan-gate/scan-gate",
        rules
      }
    },
    automationDetails: { id: `scan-gate/${scanner}/${suffix}` },
    results: findings.map((f) => resultFor(f, index.get(f.ruleId) ?? 0, hashes))
  };
}
function logOf(run) {
  return { $schema: "https://json.schemastore.org/sarif-2.1.0.json", version: "2.1.0", runs: [run] };
}
function blockingThenSeverity(findings) {
  const buckets = Array.from({ length: 10 }, () => []);
  for (const f of findings) buckets[(f.blocking ? 0 : 5) + (4 - SEVERITY_RANK[f.severity])]?.push(f);
  return buckets.flat();
}
function trim(findings, keep, scanner, notes) {
  if (findings.length <= keep) return findings;
  const sorted = blockingThenSeverity(findings);
  const dropped = sorted.slice(keep);
  const bySev = {};
  for (const f of dropped) bySev[f.severity] = (bySev[f.severity] ?? 0) + 1;
  const worst = dropped.reduce(
    (w, f) => SEVERITY_RANK[f.severity] > SEVERITY_RANK[w] ? f.severity : w,
    dropped[0]?.severity ?? "unknown"
  );
  notes.push(
    `SARIF for ${scanner}: ${dropped.length} of ${findings.length} results left out to stay within GitHub's limits (least severe first: ${Object.entries(
      bySev
    ).map(([s, n]) => `${n} ${s}`).join(", ")}; most severe dropped: ${worst}). All findings are in report.json.`
  );
  return sorted.slice(0, keep);
}
function serialise(log, limit) {
  const text = JSON.stringify(log);
  const bytes2 = Buffer.byteLength(text);
  if (bytes2 + 64 <= limit) return { text, size: bytes2 };
  const gzip = gzipSync(text);
  return { text, size: gzip.length, gzip };
}
function buildSarifLogs(report, opts) {
  const cache = /* @__PURE__ */ new Map();
  const hashes = (p) => {
    if (!cache.has(p)) {
      const text = opts.readFile(p);
      cache.set(p, text === void 0 ? void 0 : lineHashes(text));
    }
    return cache.get(p);
  };
  const notes = [];
  const logs = [];
  const limit = opts.gzipLimit ?? LIMITS.gzipBytes;
  for (const scanner of [...new Set(opts.scanners)]) {
    let findings = trim(
      report.verdict.findings.filter((f) => f.scanner === scanner),
      LIMITS.resultsPerRun,
      scanner,
      notes
    );
    let out = serialise(logOf(runFor(report, scanner, findings, hashes)), limit);
    while (out.size > limit && findings.length > 0) {
      findings = trim(findings, Math.floor(findings.length * Math.min(0.9, limit / out.size)), scanner, notes);
      out = serialise(logOf(runFor(report, scanner, findings, hashes)), limit);
    }
    const suffix = report.instance === "default" ? "" : `-${report.instance}`;
    const { text, gzip } = out;
    logs.push({
      scanner,
      category: `scan-gate/${scanner}/`,
      file: `${scanner}${suffix}.sarif`,
      get log() {
        return JSON.parse(text);
      },
      text,
      gzip
    });
  }
  return { logs, notes };
}

// src/report/sarif/upload.ts
import { gzipSync as gzipSync2 } from "node:zlib";
var sleep2 = (ms2) => new Promise((resolve) => setTimeout(resolve, ms2));
function refFor(report) {
  if (report.event.name === "pull_request_target" || report.event.name === "local") return void 0;
  return report.event.ref;
}
async function uploadSarifLogs(api, opts) {
  const { report } = opts;
  const ref = refFor(report);
  if (!ref || !/^[0-9a-f]{40}$|^[0-9a-f]{64}$/.test(report.event.sha)) {
    return {
      ids: [],
      warnings: [`SARIF not uploaded: no ref/commit to attach results to for the ${report.event.name} event.`]
    };
  }
  const ids2 = [];
  const warnings = [];
  for (const entry of opts.logs) {
    try {
      const sarif = (entry.gzip ?? gzipSync2(entry.text)).toString("base64");
      const { id } = await api.uploadSarif({
        commitSha: report.event.sha,
        ref,
        sarif,
        startedAt: report.startedAt,
        ...opts.checkoutUri ? { checkoutUri: opts.checkoutUri } : {},
        toolName: `scan-gate/${entry.scanner}`
      });
      ids2.push(id);
    } catch (error) {
      const status = isRateLimited(error) ? void 0 : statusOf(error);
      const why = status === 403 || status === 404 ? "code scanning is not enabled for this repository, or the token lacks `security-events: write`" : describeApiError(error);
      warnings.push(`SARIF for ${entry.scanner} not uploaded: ${why}. The gate still decided from local results.`);
      if (status === 403 || status === 404) break;
    }
  }
  if (opts.pollAttempts !== 0) warnings.push(...await confirmSarifProcessing(api, { ids: ids2, ...opts }));
  return { ids: ids2, warnings };
}
async function confirmSarifProcessing(api, opts) {
  const warnings = [];
  for (const id of opts.ids) {
    const failure = await pollProcessing(api, id, opts.pollIntervalMs ?? 5e3, opts.pollAttempts ?? 24);
    if (failure) warnings.push(failure);
  }
  return warnings;
}
async function pollProcessing(api, id, interval, attempts) {
  for (let i = 0; i < attempts; i++) {
    try {
      const s = await api.getSarifStatus(id);
      if (s.status === "complete") return void 0;
      if (s.status === "failed")
        return `Code scanning could not process SARIF upload ${id}: ${s.errors.join("; ") || "no details"}`;
    } catch (error) {
      return `Could not check SARIF upload ${id}: ${describeApiError(error)}`;
    }
    await sleep2(interval);
  }
  return `SARIF upload ${id} was still being processed after ${Math.round(interval * attempts / 1e3)} s; not waiting longer.`;
}

// src/report/tracking-issue.ts
var ISSUE_LABEL = "scan-gate";
var MAX_ROWS = 200;
var BODY_BUDGET = 6e4;
function issueMarker(instance) {
  return `<!-- scan-gate:issue instance=${instance} -->`;
}
function budgetRows(rows, budget) {
  const kept = [];
  let size = 0;
  for (const row of rows.slice(0, MAX_ROWS)) {
    if (size + row.length + 1 > budget) break;
    kept.push(row);
    size += row.length + 1;
  }
  return kept;
}
var mentionLine = (mentions = []) => mentions.length ? `cc ${mentions.map((m) => `@${m}`).join(" ")}` : "";
function overdueIn(body) {
  return Number(/\((\d+) overdue\)/.exec(body)?.[1] ?? 0);
}
function renderTrackingIssue(report, notify = {}) {
  const blocking = report.verdict.findings.filter((f) => f.blocking).sort((a, b) => Number(Boolean(b.overdue)) - Number(Boolean(a.overdue)) || bySeverityDesc(a, b));
  const rows = budgetRows(
    blocking.map((f) => `${findingRow(report, f)} ${f.firstSeen?.slice(0, 10) ?? "today"} |`),
    BODY_BUDGET
  );
  const more = blocking.length - rows.length;
  const suffix = report.instance === "default" ? "" : ` (${md(report.instance, 60)})`;
  const plural = blocking.length === 1 ? "" : "s";
  const body = [
    issueMarker(report.instance),
    `scan-gate${suffix} found **${blocking.length}** blocking finding${plural} on ${md(report.event.ref ?? report.event.sha)} (${report.verdict.overdue} overdue).`,
    "",
    statusLine(report),
    "",
    `${FINDINGS_HEADER[0]} first seen |`,
    `${FINDINGS_HEADER[1]}---|`,
    ...rows,
    ...more > 0 ? ["", `_\u2026 and ${more} more in report.json and the job summary._`] : [],
    "",
    "### Age and time to resolve",
    "",
    ...resolutionSection(report),
    "",
    mentionLine(notify.mentions),
    report.event.runUrl ? `Latest run: ${report.event.runUrl}` : "",
    "_This issue is kept up to date by scan-gate and closed when the scheduled scan is clean._"
  ].join("\n");
  return { title: `scan-gate${suffix}: ${blocking.length} blocking security finding${plural}`, body };
}
async function publishTrackingIssue(api, opts) {
  const { report } = opts;
  const notify = opts.notify ?? {};
  try {
    const ours = (await api.listIssuesByLabel(ISSUE_LABEL)).filter(
      (i) => i.body.includes(issueMarker(report.instance))
    );
    const existing = ours.find((i) => i.state === "open") ?? ours[0];
    const blocking = report.verdict.blocking > 0;
    if (!blocking) {
      if (existing?.state === "open") {
        await api.createIssueComment(
          existing.number,
          `\u2705 Resolved: the scheduled scan of ${report.event.sha.slice(0, 7)} found no blocking findings.${report.event.runUrl ? ` (${report.event.runUrl})` : ""}`
        );
        await api.updateIssue(existing.number, { state: "closed" });
        return { url: existing.htmlUrl, warnings: [] };
      }
      return { warnings: [] };
    }
    const { title, body } = renderTrackingIssue(report, notify);
    if (existing) {
      const updated = await api.updateIssue(existing.number, { title, body, state: "open" });
      const overdue = report.verdict.overdue;
      const reopened = existing.state === "closed";
      if ((notify.mentions?.length ?? 0) > 0 && (reopened || overdue > overdueIn(existing.body))) {
        const what = reopened ? "Reopened: blocking findings are back" : `\u23F0 SLA breached: ${overdue} finding${overdue === 1 ? " is" : "s are"} overdue`;
        await api.createIssueComment(existing.number, `${what}. ${mentionLine(notify.mentions)}`);
      }
      return { url: updated.htmlUrl, warnings: [] };
    }
    const created = await api.createIssue({
      title,
      body,
      labels: [ISSUE_LABEL],
      assignees: [...notify.assignees ?? []]
    });
    return { url: created.htmlUrl, warnings: [] };
  } catch (error) {
    return { warnings: [`Tracking issue not updated (${describeApiError(error)}); needs \`issues: write\`.`] };
  }
}

// src/pipeline/report-stage.ts
var UPLOAD_EVENTS = ["pull_request", "push", "schedule", "workflow_dispatch", "merge_group"];
var ISSUE_EVENTS = ["schedule", "workflow_dispatch"];
async function runReportStage(opts) {
  const { report, config, runner } = opts;
  const publish2 = opts.publish !== false;
  const adapters = publish2 ? opts.adapters : { readFile: opts.adapters.readFile };
  const lines2 = [];
  const warn = (m) => {
    runner.warning(m);
    lines2.push(`\u26A0\uFE0F ${m}`);
  };
  const forwarded = publish2 ? await forwardIfAsked(report, config) : void 0;
  for (const note of forwarded?.notes ?? []) {
    runner.info(note);
    lines2.push(note);
  }
  for (const w of forwarded?.warnings ?? []) warn(w);
  const reportPath2 = path6.join(config.outputDir, "report.json");
  writeReportJson(reportPath2, report, { forwarding: forwarded?.record });
  const sources = opts.sources ?? new SourceFiles(config.workspace);
  const sarif = buildSarifLogs(report, {
    readFile: adapters.readFile ?? ((repoPath) => sources.text(repoPath)),
    // Alert sources' findings already live on GitHub: uploading them again would duplicate alerts.
    scanners: report.scanners.map((s) => s.id).filter((id) => !isSourceId(id))
  });
  for (const entry of sarif.logs) writeFileSync3(path6.join(config.outputDir, entry.file), entry.text);
  for (const note of sarif.notes) lines2.push(note);
  const event = report.event;
  const github = adapters.github;
  let sarifIds = [];
  const wantsUpload = config.uploadSarif === "true" || config.uploadSarif === "auto" && UPLOAD_EVENTS.includes(event.name) && !event.fromFork;
  if (github && wantsUpload) {
    const up = await uploadSarifLogs(github, {
      report,
      logs: sarif.logs,
      checkoutUri: pathToFileURL(config.workspace).href,
      pollAttempts: 0
    });
    sarifIds = up.ids;
    for (const w of up.warnings) warn(w);
  } else if (config.uploadSarif === "auto" && event.fromFork) {
    runner.notice("SARIF upload skipped: a fork pull request has a read-only token. Results are in the job summary.");
  }
  let commentUrl;
  if (github && config.comment !== "false" && event.prNumber !== void 0) {
    const body = renderPrComment(report, { lines: lines2 });
    const published = await publishPrComment(github, { report, body });
    commentUrl = published.url;
    for (const n of published.notices) runner.notice(n);
    for (const w of published.warnings) warn(w);
  }
  const wantsIssue = config.issue === "true" || config.issue === "auto" && ISSUE_EVENTS.includes(event.name);
  if (github && wantsIssue) {
    const issue = await publishTrackingIssue(github, {
      report,
      notify: { assignees: config.issueAssignees, mentions: config.issueMentions }
    });
    for (const w of issue.warnings) warn(w);
  }
  if (github && sarifIds.length > 0) for (const w of await confirmSarifProcessing(github, { ids: sarifIds })) warn(w);
  if (config.summary && runner.writeSummary) await writeSummary(runner, renderJobSummary(report, { lines: lines2 }));
  if (publish2) for (const a of selectAnnotations(report)) runner.annotate(a);
  return {
    report: reportPath2,
    sarifDir: config.outputDir,
    commentUrl,
    sarifIds,
    forwardingFailed: forwarded?.failed === true && config.forward.failure === "fail"
  };
}
async function forwardIfAsked(report, config) {
  const f = config.forward;
  if (!f.securityHub && !f.ocsf && !f.siemWebhook) return void 0;
  return forwardFindings({ report, forward: f, outputDir: config.outputDir, images: config.images, now: /* @__PURE__ */ new Date() });
}
async function writeSummary(runner, markdown) {
  try {
    const written = await runner.writeSummary?.(markdown);
    if (!written) runner.info("No job summary file (GITHUB_STEP_SUMMARY) \u2014 summary not written.");
  } catch (error) {
    runner.warning(`Job summary not written (GITHUB_STEP_SUMMARY): ${error.message}`);
  }
}

// src/pipeline/scan-stage.ts
import { mkdirSync as mkdirSync2 } from "node:fs";
import path9 from "node:path";

// src/scan/auto-select.ts
var IGNORE = ["**/node_modules/**", "**/.git/**", "**/vendor/**", "**/.venv/**", "**/venv/**", "**/.tox/**"];
function selectScanners(opts) {
  if (opts.requested !== "auto") {
    const scanners = [...new Set(opts.requested)];
    return { scanners, reasons: Object.fromEntries(scanners.map((s) => [s, "listed in `scanners`"])) };
  }
  const tree = {
    root: opts.root,
    sarifFiles: opts.sarifFiles,
    images: opts.images,
    firstMatch: (globs) => globSync([...globs], { cwd: opts.root, ignore: IGNORE, deep: 6, dot: false, onlyFiles: true }).sort()[0]
  };
  const reasons = {};
  for (const plugin of Object.values(SCANNERS)) {
    const reason = plugin.autoSelect?.(tree);
    if (reason) reasons[plugin.id] = reason;
  }
  return { scanners: Object.keys(reasons), reasons };
}

// src/scan/git-range.ts
import { execFile } from "node:child_process";
var ZERO_SHA = /^0+$/;
function gitIn(repoDir) {
  const options = { cwd: repoDir, maxBuffer: 16 * 2 ** 20, timeout: 12e4, windowsHide: true };
  return (args) => new Promise((resolve) => {
    execFile(
      "git",
      ["-c", "safe.directory=*", ...args],
      options,
      (error, stdout) => resolve(error ? void 0 : stdout.trim())
    );
  });
}
var exists = async (git, sha) => sha !== void 0 && sha !== "" && !ZERO_SHA.test(sha) && await git(["cat-file", "-e", `${sha}^{commit}`]) !== void 0;
async function describeRange(git, base, head, note = "") {
  const counted = await git(["rev-list", "--count", base ? `${base}..${head}` : head]);
  const count = Number(counted ?? 0);
  const short = (s) => s.slice(0, 7);
  const span = base ? `${short(base)}..${short(head)}` : `full history up to ${short(head)}`;
  const what = counted === void 0 ? "commit count unknown" : count === 0 ? "no new commits" : `${count} commit${count === 1 ? "" : "s"}`;
  return { base, head, commitCount: count, description: `${span} (${what})${note}` };
}
var real = (sha) => sha && !ZERO_SHA.test(sha) ? sha : void 0;
async function newBranch(git, p, head) {
  const def = p.repository?.default_branch;
  const ref = p.ref;
  const what = "the new branch";
  if (!def) return { mergeBase: false, head, what, note: " \u2014 new branch, default branch unknown" };
  if (ref === `refs/heads/${def}`) return { mergeBase: false, head, what, note: " \u2014 first push of the default branch" };
  for (const candidate of [`refs/remotes/origin/${def}`, `refs/heads/${def}`]) {
    const tip = await git(["rev-parse", "--verify", "-q", `${candidate}^{commit}`]);
    if (!tip) continue;
    if (tip === head && typeof ref !== "string")
      return { mergeBase: false, head, what, note: ` \u2014 new branch at the ${def} tip` };
    return { base: tip, mergeBase: true, head, what };
  }
  return { mergeBase: false, head, what, note: ` \u2014 new branch, ${def} not fetched`, unknownBase: true };
}
async function baseFor(git, event, head) {
  const p = event.payload;
  if (event.name === "pull_request" || event.name === "pull_request_target") {
    const pr = p.pull_request;
    return { base: pr?.base?.sha, mergeBase: true, head: pr?.head?.sha ?? head, what: "the pull request range" };
  }
  if (event.name === "merge_group") {
    const mg = p.merge_group;
    return { base: mg?.base_sha, mergeBase: true, head: mg?.head_sha ?? head, what: "the merge group range" };
  }
  if (event.name === "push") {
    const after = real(p.after) ?? head;
    if (real(p.before)) return { base: p.before, mergeBase: true, head: after, what: "the push range" };
    return newBranch(git, p, after);
  }
  return { mergeBase: false, head, what: "full history" };
}
function fetchDepthWarning(what, range, why) {
  return `Cannot scan exactly ${what} (${range}): ${why}. Scanning the full history available in the clone instead. Fix: actions/checkout with \`fetch-depth: 0\`.`;
}
async function forcePushFallback(git, before, head) {
  const parent = await git(["rev-parse", "--verify", "-q", `${head}^1`]);
  const note = ` \u2014 force push, ${before.slice(0, 7)} no longer exists; only the pushed commit`;
  const warning = `The push's previous tip ${before.slice(0, 7)} is not in the clone (history was rewritten); scanning only ${head.slice(0, 7)} itself. Run a scheduled full-history scan to cover the rest.`;
  return { hasHistory: true, shallow: false, warning, range: await describeRange(git, parent, head, note) };
}
async function fullHistory(git, want, head, shallow) {
  const range = await describeRange(git, void 0, head, want.note);
  if (!shallow) return { hasHistory: true, shallow, range };
  const why = want.unknownBase ? `the clone is shallow and${want.note?.replace(" \u2014", "") ?? " the base is missing"}` : `the clone is shallow; only ${range.commitCount} commit(s) were fetched`;
  return { hasHistory: true, shallow, range, warning: fetchDepthWarning(want.what, `up to ${head.slice(0, 7)}`, why) };
}
async function resolveGitRange(opts) {
  if (opts.event.name === "local") return { hasHistory: false, shallow: false };
  const git = gitIn(opts.repoDir);
  if (await git(["rev-parse", "--is-inside-work-tree"]) !== "true") return { hasHistory: false, shallow: false };
  const shallow = await git(["rev-parse", "--is-shallow-repository"]) === "true";
  const checkedOut = await git(["rev-parse", "HEAD"]) ?? "";
  if (!checkedOut) return { hasHistory: false, shallow };
  const want = await baseFor(git, opts.event, await exists(git, opts.event.sha) ? opts.event.sha : checkedOut);
  const head = await exists(git, want.head) ? want.head : checkedOut;
  const result = await rangeFor(git, opts.event, want, head, shallow);
  if (head === want.head) return result;
  const missing = `The head commit of ${want.what} (${want.head.slice(0, 7)}) is not in the clone; scanning the checked-out ${head.slice(0, 7)} instead. Check out the head (actions/checkout \`ref\`) with \`fetch-depth: 0\`.`;
  return { ...result, warning: result.warning ? `${missing} ${result.warning}` : missing };
}
async function rangeFor(git, event, want, head, shallow) {
  if (!want.base) return fullHistory(git, want, head, shallow);
  const haveBase = await exists(git, want.base);
  if (!haveBase && !shallow && event.name === "push") return forcePushFallback(git, want.base, head);
  const base = haveBase && want.mergeBase ? await git(["merge-base", want.base, head]) : haveBase ? want.base : void 0;
  if (!base) {
    const why = shallow ? "the clone is shallow" : "the base commit is not in the clone";
    const warning = fetchDepthWarning(want.what, `${want.base.slice(0, 7)}..${head.slice(0, 7)}`, why);
    const range = await describeRange(git, void 0, head, " \u2014 fallback, see warning");
    return { hasHistory: true, shallow, warning, range };
  }
  const forced = event.name === "push" && real(event.payload.before) && base !== want.base ? " \u2014 force push, since the merge-base" : "";
  return { hasHistory: true, shallow, range: await describeRange(git, base, head, forced) };
}

// src/scan/run-scanners.ts
import { closeSync as closeSync2, existsSync as existsSync3, openSync as openSync2, readFileSync as readFileSync5, readSync, rmSync, statSync as statSync3 } from "node:fs";
import path7 from "node:path";

// src/scan/run-process.ts
import { spawn } from "node:child_process";
import { createWriteStream } from "node:fs";
var DEFAULT_OUTPUT_CAP = 512 * 1024 * 1024;
var STDERR_TAIL = 64 * 1024;
var KILL_GRACE_MS = 2e3;
function killTree(pid, signal) {
  if (pid === void 0) return;
  try {
    process.kill(process.platform === "win32" ? pid : -pid, signal);
  } catch {
  }
}
function stopper(child) {
  let stopping = false;
  return () => {
    if (stopping) return;
    stopping = true;
    killTree(child.pid, "SIGTERM");
    setTimeout(() => {
      killTree(child.pid, "SIGKILL");
      child.stdout.destroy();
      child.stderr.destroy();
    }, KILL_GRACE_MS).unref();
  };
}
function pipeCapped(child, out, cap, overflow) {
  let written = 0;
  child.stdout.on("data", (chunk) => {
    written += chunk.length;
    if (written > cap) return overflow();
    if (!out.write(chunk)) {
      child.stdout.pause();
      out.once("drain", () => child.stdout.resume());
    }
  });
}
function spawnDetached(invocation) {
  const [cmd = "", ...args] = invocation.argv;
  return spawn(cmd, args, {
    cwd: invocation.cwd,
    env: { ...process.env, ...invocation.env },
    shell: false,
    // Its own process group, so a timeout can kill the helpers it starts too.
    detached: process.platform !== "win32",
    stdio: ["ignore", "pipe", "pipe"],
    windowsHide: true
  });
}
function runProcess(opts) {
  const started = Date.now();
  return new Promise((resolve) => {
    const out = createWriteStream(opts.stdoutFile);
    const child = spawnDetached(opts.invocation);
    const stop = stopper(child);
    const state = { stderr: "", timedOut: false, outputTooLarge: false };
    const timer = setTimeout(() => {
      state.timedOut = true;
      stop();
    }, opts.timeoutMs);
    pipeCapped(child, out, opts.outputCap ?? DEFAULT_OUTPUT_CAP, () => {
      state.outputTooLarge = true;
      stop();
    });
    child.stderr.on("data", (chunk) => {
      state.stderr = (state.stderr + chunk.toString("utf8")).slice(-STDERR_TAIL);
    });
    out.on("error", (error) => {
      state.writeError ??= error.message;
      stop();
    });
    child.on("error", (error) => {
      state.spawnError = error.message;
    });
    child.on("close", (exitCode, signal) => {
      clearTimeout(timer);
      const { stderr: stderrTail, ...rest } = state;
      const finish = () => resolve({ exitCode, signal, durationMs: Date.now() - started, stderrTail, ...rest });
      if (out.errored || out.destroyed) finish();
      else out.end(finish);
    });
  });
}

// src/scan/run-scanners.ts
function tail(stderr) {
  const lines2 = maskSecrets(stripAnsi(stderr)).trim().split("\n").slice(-20).map((line) => line.length > 400 ? `${line.slice(0, 400)}\u2026` : line).join("\n");
  return lines2 ? `
${lines2}` : "";
}
var InvocationError = class extends Error {
};
var mb = (bytes2) => `${Math.round(bytes2 / 2 ** 20 * 10) / 10} MB`;
function failureText(r, inv, stdoutFile) {
  if (r.stderrTail.trim() !== "" || inv.output.kind !== "file") return r.stderrTail;
  try {
    const size = statSync3(stdoutFile).size;
    const fd = openSync2(stdoutFile, "r");
    try {
      const buffer = Buffer.alloc(Math.min(size, STDOUT_TAIL_BYTES));
      readSync(fd, buffer, 0, buffer.length, size - buffer.length);
      return buffer.toString("utf8");
    } finally {
      closeSync2(fd);
    }
  } catch {
    return "";
  }
}
var STDOUT_TAIL_BYTES = 16 * 1024;
function describeFailure(r, inv, limits) {
  const label = inv.label ? ` (${inv.label})` : "";
  if (r.spawnError) return `could not start${label}: ${r.spawnError}`;
  if (r.writeError) return `output could not be saved${label}: ${r.writeError}`;
  if (r.timedOut)
    return `timed out after ${Math.round(limits.scannerTimeoutMs / 1e3)}s${label} (scanner-timeout)${tail(r.stderrTail)}`;
  if (r.outputTooLarge) return `output exceeded ${mb(limits.outputCap)}${label}; stopped`;
  if (r.signal) return `was killed by ${r.signal}${label}${tail(r.stderrTail)}`;
  if (r.exitCode === null || ![...inv.okExitCodes, ...inv.nothingToScanExitCodes ?? []].includes(r.exitCode)) {
    return `exited with code ${r.exitCode}${label}, which means it failed (expected ${inv.okExitCodes.join(" or ")})${tail(r.stderrTail)}`;
  }
  return void 0;
}
function reportPath(inv) {
  return inv.output.kind === "file" ? path7.resolve(inv.cwd ?? process.cwd(), inv.output.path) : void 0;
}
function readReport(inv, stdoutFile, result, limits) {
  if (inv.output.kind === "stdout") return readFileSync5(stdoutFile, "utf8");
  const file = reportPath(inv);
  const size = existsSync3(file) ? statSync3(file).size : -1;
  const code = `exited with code ${result.exitCode}`;
  if (size < 0) throw new InvocationError(`${code} but wrote no report at ${file}${tail(result.stderrTail)}`);
  if (size === 0) throw new InvocationError(`${code} but its report ${file} is empty${tail(result.stderrTail)}`);
  if (size > limits.outputCap) throw new InvocationError(`report exceeded ${mb(limits.outputCap)}`);
  return readFileSync5(file, "utf8");
}
async function runInvocation(plan, inv, at, limits) {
  const index = at.index;
  const stdoutFile = path7.join(plan.ctx.workDir, `stdout-${index}.txt`);
  const report = reportPath(inv);
  if (report) rmSync(report, { force: true });
  const result = await runProcess({
    invocation: inv,
    stdoutFile,
    timeoutMs: limits.timeoutMs,
    outputCap: limits.outputCap
  });
  const failure = describeFailure({ ...result, stderrTail: failureText(result, inv, stdoutFile) }, inv, limits);
  if (failure) throw new InvocationError(failure);
  if (result.exitCode !== null && (inv.nothingToScanExitCodes ?? []).includes(result.exitCode))
    return "nothing to scan";
  const text = readReport(inv, stdoutFile, result, limits);
  const found = parseReport(plan, inv, text, at.gaps);
  if (found.length === 0 && result.exitCode !== null && (inv.findingsExitCodes ?? []).includes(result.exitCode)) {
    const label = inv.label ? ` (${inv.label})` : "";
    throw new InvocationError(
      `exited with code ${result.exitCode}${label}, which means it found something, but its report lists no finding${tail(result.stderrTail)}`
    );
  }
  return found;
}
function parseReport(plan, inv, text, gaps) {
  try {
    return plan.plugin.parse(text, {
      root: plan.ctx.root,
      workspace: plan.ctx.workspace,
      policy: plan.ctx.policy,
      label: inv.label,
      gaps
    });
  } catch (error) {
    const why = error instanceof SyntaxError ? describeJsonError(error) : maskSecrets(error.message).slice(0, 300);
    throw new InvocationError(`printed output that could not be parsed: ${why}`);
  }
}
async function runAll(plan, invocations, limits, started) {
  const raw = [];
  const gaps = [];
  let nothing = 0;
  for (const [i, inv] of invocations.entries()) {
    const remaining = Math.max(1, started + limits.timeoutMs - Date.now());
    const found = await runInvocation(plan, inv, { index: i, gaps }, { ...limits, timeoutMs: remaining });
    if (found === "nothing to scan") nothing++;
    else for (const f of found) raw.push(f);
  }
  return { raw, nothing, gaps };
}
async function runOne(plan, limits, log) {
  const id = plan.plugin.id;
  const started = Date.now();
  const base = { id, version: plan.version, install: plan.install };
  try {
    const invocations = plan.plugin.command(plan.ctx);
    if (invocations.length === 0) {
      const note2 = "nothing to scan";
      log?.(`${id}: skipped, ${note2}`);
      return { id, raw: [], run: { ...base, status: "skipped", durationMs: 0, findings: 0, note: note2 } };
    }
    log?.(`Running ${id}\u2026`);
    const { raw, nothing, gaps } = await runAll(plan, invocations, limits, started);
    const durationMs = Date.now() - started;
    const note = nothing === 0 ? void 0 : nothing === invocations.length ? "nothing to scan" : `${nothing} of ${invocations.length} invocation(s) had nothing to scan`;
    log?.(`${id}: ${raw.length} finding(s) in ${(durationMs / 1e3).toFixed(1)}s`);
    const run = { ...base, status: "ok", durationMs, findings: raw.length, ...note ? { note } : {} };
    return { id, raw, run, ...gaps.length > 0 ? { gaps } : {} };
  } catch (error) {
    const message = `${id} ${error.message}`;
    log?.(`scanner error: ${message}`);
    return {
      id,
      raw: [],
      run: { ...base, status: "error", durationMs: Date.now() - started, findings: 0, error: message }
    };
  }
}
async function runScanners(opts) {
  const limits = {
    timeoutMs: opts.timeoutMs,
    scannerTimeoutMs: opts.timeoutMs,
    outputCap: opts.outputCapBytes ?? DEFAULT_OUTPUT_CAP
  };
  const queues = /* @__PURE__ */ new Map();
  return Promise.all(
    opts.plans.map((plan) => {
      if (!plan.plugin.exclusiveCache) return runOne(plan, limits, opts.log);
      const key = path7.resolve(plan.ctx.cacheDir);
      const result = (queues.get(key) ?? Promise.resolve()).then(() => runOne(plan, limits, opts.log));
      queues.set(key, result);
      return result;
    })
  );
}

// src/scanners/sarif/ingest.ts
import { readFile } from "node:fs/promises";
import path8 from "node:path";
function refuseLinkOut(workspace, file, display) {
  const rel2 = path8.relative(workspace, file);
  const lexicallyInside = !rel2.startsWith("..") && !path8.isAbsolute(rel2);
  if (lexicallyInside && !resolvesInside(workspace, file)) {
    throw new ConfigError(
      `Input \`sarif-files\`: ${display} is a symbolic link (or inside a linked folder) that leads outside the workspace; refusing to read it.`
    );
  }
}
async function ingestSarifFiles(opts) {
  const files = /* @__PURE__ */ new Set();
  const unmatched = [];
  for (const pattern of opts.globs) {
    const matches = await glob(pattern, { cwd: opts.workspace, absolute: true, dot: true, onlyFiles: true });
    if (matches.length === 0) unmatched.push(pattern);
    for (const m of matches.sort()) files.add(m);
  }
  const findings = [];
  const failures = [];
  for (const file of files) {
    const display = path8.relative(opts.workspace, file).split(path8.sep).join("/") || file;
    refuseLinkOut(opts.workspace, file, display);
    const log = parseSarifText(await readFile(file, "utf8"), display);
    for (const f of parseSarifLog(log, { ...opts.ctx, label: display })) findings.push(f);
    for (const failure of failedSarifRuns(log, display)) failures.push(failure);
  }
  return { files: [...files], findings, unmatched, failures };
}

// src/sources/types.ts
var isRec = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var str = (v) => typeof v === "string" && v !== "" ? v : void 0;
var rec = (v) => isRec(v) ? v : {};
function advisorySeverity(value) {
  const s = String(value ?? "").toLowerCase();
  if (s === "moderate") return "medium";
  return s === "critical" || s === "high" || s === "medium" || s === "low" ? s : "unknown";
}
function records(items, source) {
  if (!Array.isArray(items) || !items.every(isRec)) {
    throw new Error(`${source}: the API response is not a list of alerts`);
  }
  return items;
}

// src/sources/code-scanning.ts
function severityOf(rule) {
  const security = str(rule.security_severity_level);
  if (security === "critical" || security === "high" || security === "medium" || security === "low") return security;
  const level = str(rule.severity);
  return level === "error" ? "high" : level === "warning" ? "medium" : level === "note" ? "low" : "unknown";
}
function isScanGateAlert(a) {
  const instance = rec(a.most_recent_instance);
  return [str(instance.category), str(instance.analysis_key), str(rec(a.tool).name)].some(
    (v) => v?.startsWith("scan-gate/")
  );
}
function alertFinding(a) {
  const rule = rec(a.rule);
  const instance = rec(a.most_recent_instance);
  const loc = rec(instance.location);
  const ruleId = str(rule.id) ?? str(rule.name);
  if (!ruleId) throw new Error(`code-scanning: alert #${String(a.number)} has no rule`);
  const num = (v) => typeof v === "number" && v > 0 ? v : void 0;
  const tool = str(rec(a.tool).name) ?? "code scanning";
  return {
    scanner: "code-scanning",
    ruleId,
    aliases: [],
    category: "code",
    severity: severityOf(rule),
    title: `${tool}: ${str(rule.description) ?? str(str(rec(instance.message).text)) ?? ruleId}`,
    helpUri: str(a.html_url),
    location: {
      path: str(loc.path) ?? `code scanning alert #${String(a.number)}`,
      startLine: num(loc.start_line),
      endLine: num(loc.end_line),
      startColumn: num(loc.start_column),
      endColumn: num(loc.end_column)
    },
    sourceFirstSeen: str(a.created_at),
    alertUrl: str(a.html_url)
  };
}
var codeScanning = {
  id: "code-scanning",
  displayName: "Code scanning alerts (other tools)",
  permission: "`security-events: read`",
  read: async (api, ctx) => ({ items: await api.codeScanningAlerts(ctx.ref) }),
  parse(items) {
    const alerts = records(items, "code-scanning").filter((a) => str(a.state) === "open");
    const ours = alerts.filter(isScanGateAlert).length;
    return {
      raw: alerts.filter((a) => !isScanGateAlert(a)).map(alertFinding),
      note: ours > 0 ? `${ours} alert(s) from scan-gate's own uploads left out (already counted)` : void 0
    };
  }
};

// src/sources/dependabot.ts
function dismissal(a) {
  const state = str(a.state);
  if (state !== "dismissed" && state !== "auto_dismissed") return void 0;
  const why = [str(a.dismissed_reason)?.replace(/_/g, " "), str(a.dismissed_comment)].filter(Boolean).join(": ");
  const by = state === "auto_dismissed" ? "auto-dismissed" : "dismissed";
  return { source: `Dependabot alert #${String(a.number)} (${by} on GitHub)`, reason: why || by };
}
function alertFinding2(a) {
  const advisory = rec(a.security_advisory);
  const vulnerability2 = rec(a.security_vulnerability);
  const dependency = rec(a.dependency);
  const pkg = rec(dependency.package ?? vulnerability2.package);
  const ghsa = str(advisory.ghsa_id);
  if (!ghsa || !str(pkg.name)) throw new Error(`dependabot: alert #${String(a.number)} has no advisory or package`);
  const identifiers = (Array.isArray(advisory.identifiers) ? advisory.identifiers : []).filter(isRec).map((i) => str(i.value)).filter((v) => v !== void 0);
  const patched = str(rec(vulnerability2.first_patched_version).identifier);
  return {
    scanner: "dependabot",
    ruleId: ghsa,
    aliases: [...new Set([str(advisory.cve_id), ...identifiers].filter((v) => !!v && v !== ghsa))],
    category: "vulnerability",
    severity: advisorySeverity(vulnerability2.severity ?? advisory.severity),
    title: str(advisory.summary) ?? `${ghsa} in ${String(pkg.name)}`,
    description: str(advisory.description)?.slice(0, 2e3),
    helpUri: str(a.html_url),
    location: { path: str(dependency.manifest_path) ?? String(pkg.name) },
    package: { name: String(pkg.name), ecosystem: str(pkg.ecosystem), fixedVersions: patched ? [patched] : [] },
    sourceFirstSeen: str(a.created_at),
    alertUrl: str(a.html_url),
    suppressed: dismissal(a)
  };
}
var dependabot = {
  id: "dependabot",
  displayName: "Dependabot alerts",
  permission: "`vulnerability-alerts: read` (older GitHub versions: `security-events: read`)",
  read: async (api) => ({ items: await api.dependabotAlerts() }),
  parse: (items) => ({
    raw: records(items, "dependabot").filter((a) => str(a.state) !== "fixed").map(alertFinding2)
  })
};

// src/sources/dependency-review.ts
function vulnerabilities2(d) {
  return (Array.isArray(d.vulnerabilities) ? d.vulnerabilities : []).filter(isRec);
}
function packageOf(d) {
  return { name: String(d.name), version: str(d.version), ecosystem: str(d.ecosystem) };
}
function vulnerabilityFindings(d) {
  return vulnerabilities2(d).map((v) => {
    const ghsa = str(v.advisory_ghsa_id) ?? "unknown-advisory";
    return {
      scanner: "dependency-review",
      ruleId: ghsa,
      aliases: [],
      category: "vulnerability",
      severity: advisorySeverity(v.severity),
      title: `${str(v.advisory_summary) ?? ghsa} (added by this pull request)`,
      helpUri: str(v.advisory_url),
      location: { path: str(d.manifest) ?? String(d.name) },
      package: packageOf(d)
    };
  });
}
function licenceFinding(d) {
  const licence = str(d.license) ?? "unknown";
  return {
    scanner: "dependency-review",
    ruleId: `license:${licence}`,
    aliases: [],
    category: "license",
    severity: "unknown",
    title: `${licence} licence on ${String(d.name)} (added by this pull request)`,
    location: { path: str(d.manifest) ?? String(d.name) },
    package: packageOf(d)
  };
}
function removedNote(removed) {
  const fixed = removed.filter((d) => vulnerabilities2(d).length > 0);
  if (fixed.length === 0) return void 0;
  const list = fixed.slice(0, 20).map(
    (d) => `${String(d.name)}@${String(d.version ?? "?")} (${vulnerabilities2(d).map((v) => str(v.advisory_ghsa_id)).join(", ")})`
  );
  return `fixed by this pull request: ${fixed.length} vulnerable dependenc${fixed.length === 1 ? "y" : "ies"} removed \u2014 ${list.join("; ")}${fixed.length > 20 ? "; \u2026" : ""}`;
}
function parseDiff(items, ctx) {
  const changes = records(items, "dependency-review");
  for (const d of changes) {
    if (!str(d.change_type) || !str(d.name)) throw new Error("dependency-review: a change has no change_type or name");
  }
  const added = changes.filter((d) => d.change_type === "added");
  const withLicences = ctx.policy.scanLicenses || ctx.policy.licensePolicy !== void 0;
  const raw = added.flatMap((d) => [...vulnerabilityFindings(d), ...withLicences ? [licenceFinding(d)] : []]);
  return { raw, note: removedNote(changes.filter((d) => d.change_type === "removed")) };
}
var dependencyReview = {
  id: "dependency-review",
  displayName: "Dependency review",
  permission: "`contents: read`",
  notApplicable: (ctx) => ctx.pullRequest ? void 0 : "only on pull requests (nothing to compare)",
  async read(api, ctx) {
    const diff = await api.dependencyDiff(`${ctx.pullRequest?.base}...${ctx.pullRequest?.head}`);
    return {
      items: diff.changes,
      warning: diff.snapshotWarnings && `GitHub says the dependency diff may be incomplete: ${diff.snapshotWarnings}`
    };
  },
  parse: parseDiff
};

// src/sources/secret-scanning.ts
function alertFinding3(a, ctx) {
  const number = String(a.number);
  const where = rec(a.first_location_detected);
  const line = typeof where.start_line === "number" && where.start_line > 0 ? where.start_line : void 0;
  const type = str(a.secret_type) ?? "secret";
  return {
    scanner: "secret-scanning",
    ruleId: type,
    aliases: [],
    category: "secret",
    severity: ctx.policy.secretSeverity,
    title: `${str(a.secret_type_display_name) ?? type} (secret scanning alert #${number})`,
    helpUri: str(a.html_url),
    location: { path: str(where.path) ?? `secret scanning alert #${number}`, startLine: line },
    verified: str(a.validity) === "active" ? true : void 0,
    secretHash: sha256(`github-secret-scanning-alert:${number}`),
    sourceFirstSeen: str(a.created_at),
    alertUrl: str(a.html_url)
  };
}
var secretScanning = {
  id: "secret-scanning",
  displayName: "Secret scanning alerts",
  permission: 'a GitHub App or fine-grained token with "Secret scanning alerts: read" (the workflow `GITHUB_TOKEN` cannot have it)',
  read: async (api) => ({ items: await api.secretScanningAlerts() }),
  parse: (items, ctx) => ({
    raw: records(items, "secret-scanning").filter((a) => str(a.state) === "open").map((a) => alertFinding3(a, ctx))
  })
};

// src/sources/registry.ts
var SOURCES = {
  dependabot,
  "dependency-review": dependencyReview,
  "code-scanning": codeScanning,
  "secret-scanning": secretScanning
};

// src/sources/run-sources.ts
var UNREADABLE = [401, 403, 404];
var safe = (text) => text.replace(/::/g, ": :").replace(/[\r\n]+/g, " ");
function unreadableMessage(plugin, error) {
  return `cannot read ${plugin.displayName} (${safe(describeApiError(error))}): it needs ${plugin.permission}, and the feature enabled for the repository`;
}
async function runOne2(plugin, o, api) {
  const started = Date.now();
  const base = { id: plugin.id, install: "GitHub API" };
  try {
    const read = await plugin.read(api, o.ctx);
    const out = plugin.parse(read.items, o.ctx);
    const durationMs = Date.now() - started;
    const warning = read.warning ? safe(read.warning).slice(0, 500) : void 0;
    if (warning) o.notice(`${plugin.id}: ${warning}`);
    const note = [out.note, warning].filter(Boolean).join("; ") || void 0;
    o.log(`${plugin.id}: ${out.raw.length} finding(s) from the GitHub API in ${(durationMs / 1e3).toFixed(1)}s`);
    const run = { ...base, status: "ok", durationMs, findings: out.raw.length, note };
    return { raw: out.raw, run };
  } catch (error) {
    const durationMs = Date.now() - started;
    const status = statusOf(error);
    if (status !== void 0 && UNREADABLE.includes(status)) {
      const message = unreadableMessage(plugin, error);
      if (plugin.id === "secret-scanning" && o.explicit) {
        throw new ConfigError(
          `scanners lists secret-scanning, but scan-gate ${message}. Pass such a token as github-token, or remove secret-scanning from scanners.`
        );
      }
      if (!o.explicit) {
        o.notice(`${plugin.id} skipped: scan-gate ${message}.`);
        return {
          raw: [],
          run: { ...base, status: "skipped", durationMs, findings: 0, note: `not readable: ${message}` }
        };
      }
      return { raw: [], run: { ...base, status: "error", durationMs, findings: 0, error: `${plugin.id} ${message}` } };
    }
    const why = status !== void 0 ? safe(describeApiError(error)) : safe(error.message).slice(0, 300);
    o.log(`scanner error: ${plugin.id}: ${why}`);
    const run = { ...base, status: "error", durationMs, findings: 0, error: `${plugin.id} failed: ${why}` };
    return { raw: [], run };
  }
}
async function runSources(o) {
  const raw = [];
  const runs = [];
  for (const id of o.ids) {
    const plugin = SOURCES[id];
    const notApplicable = plugin.notApplicable?.(o.ctx);
    if (notApplicable) {
      if (o.explicit) runs.push({ id, status: "skipped", durationMs: 0, findings: 0, note: notApplicable });
      continue;
    }
    if (!o.api) {
      if (!o.explicit) continue;
      throw new ConfigError(
        `scanners lists ${id}, which reads GitHub's API: it needs github-token and a repository (GITHUB_REPOSITORY); not available in this run.`
      );
    }
    const result = await runOne2(plugin, o, o.api);
    raw.push(...result.raw);
    runs.push(result.run);
  }
  return { raw, runs };
}

// src/pipeline/scan-stage.ts
async function gitRangeFor(opts, needed) {
  if (!needed)
    return { range: void 0, hasHistory: false, warning: void 0 };
  const r = await resolveGitRange({ repoDir: opts.config.workspace, event: opts.event });
  return { range: r.range, hasHistory: r.hasHistory, warning: r.warning };
}
function errorRun(id, message, started) {
  return { id, status: "error", durationMs: Date.now() - started, error: message, findings: 0 };
}
async function runScanStage(opts) {
  const { config } = opts;
  const selection = selectScanners({
    requested: config.scanners,
    root: config.path,
    sarifFiles: config.sarifFiles,
    images: config.images
  });
  const sources = sourceSelection(opts);
  const selected = [...selection.scanners.filter((id) => !isSourceId(id)), ...sources.ids];
  const reasons = { ...selection.reasons, ...sources.reasons };
  const warnings = [];
  const runs = [];
  const git = await gitRangeFor(
    opts,
    selected.some((id) => !isSourceId(id) && SCANNERS[id].usesHistory)
  );
  if (git.warning) warnings.push(git.warning);
  const fromSources = await runSources({
    ids: sources.ids,
    explicit: config.scanners !== "auto",
    api: opts.alerts,
    ctx: sourceContext(opts),
    log: opts.log,
    notice: opts.notice ?? opts.log
  });
  const tools = selected.filter((id) => id !== "sarif" && !isSourceId(id));
  const installs = await Promise.all(tools.map((id) => installOne(opts, id, git)));
  const plans = [];
  for (const outcome of installs) {
    if ("run" in outcome) {
      runs.push(outcome.run);
      continue;
    }
    for (const w of outcome.warnings) warnings.push(w);
    plans.push(outcome.plan);
  }
  const results = await runScanners({ plans, timeoutMs: config.scannerTimeoutMs, log: opts.log });
  const raw = [];
  for (const r of results) {
    const plan = plans.find((p) => p.plugin.id === r.id);
    const dbAgeHours = plan?.dbAgeMs === void 0 ? void 0 : Math.round(plan.dbAgeMs / 36e5);
    runs.push({ ...r.run, install: plan?.install, dbAgeHours });
    for (const f of r.raw) raw.push(f);
    for (const gap of r.gaps ?? []) warnings.push(`${r.id} did not analyse everything: ${gap}`);
  }
  if (selected.includes("sarif")) for (const f of await ingestSarif(config, runs)) raw.push(f);
  for (const f of fromSources.raw) raw.push(f);
  for (const r of fromSources.runs) runs.push(r);
  const range = git.range ? { description: git.range.description, commitCount: git.range.commitCount, warning: git.warning } : git.warning ? { description: "full history available in the clone", warning: git.warning } : void 0;
  return { raw, runs, range, warnings, selected, reasons };
}
async function installOne(opts, id, git) {
  const { config } = opts;
  const started = Date.now();
  try {
    opts.log(`Installing ${id}\u2026`);
    const installed = await opts.install(id);
    opts.log(`${id} ${installed.tool.version} ready (${describeInstall(installed.tool)}) in ${seconds(started)}`);
    const workDir = path9.join(opts.workRoot, id);
    mkdirSync2(workDir, { recursive: true });
    const ctx = {
      root: config.path,
      workspace: config.workspace,
      binary: installed.tool.binary,
      workDir,
      cacheDir: installed.cacheDir,
      images: config.images,
      range: git.range,
      hasGitHistory: git.hasHistory,
      policy: config.policy,
      sarifFiles: config.sarifFiles
    };
    return {
      warnings: installed.warnings,
      plan: {
        plugin: SCANNERS[id],
        ctx,
        version: installed.tool.version,
        install: describeInstall(installed.tool),
        dbAgeMs: installed.dbAgeMs
      }
    };
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    const reason = maskSecrets(stripAnsi(error.message)).replace(/\.$/, "");
    const message = `install failed: ${reason}. ${offlineHint(id)}`;
    opts.log(`${id} ${message}`);
    return { run: errorRun(id, message, started) };
  }
}
function sourceSelection(opts) {
  const requested = opts.config.scanners;
  const ids2 = requested === "auto" ? opts.alerts ? [...SOURCE_IDS] : [] : requested.filter((id) => isSourceId(id));
  const reason = requested === "auto" ? "auto: when the token can read it" : "listed in `scanners`";
  return { ids: ids2, reasons: Object.fromEntries(ids2.map((id) => [id, reason])) };
}
function sourceContext(opts) {
  const pr = opts.event.payload.pull_request;
  const base = pr?.base?.sha;
  const head = pr?.head?.sha;
  return {
    policy: opts.config.policy,
    ref: opts.event.ref,
    pullRequest: base && head ? { base, head } : void 0
  };
}
var seconds = (since) => `${((Date.now() - since) / 1e3).toFixed(1)}s`;
function offlineHint(id) {
  return `Offline or behind a firewall? Use an installed ${id} with \`versions: ${id}=/path/to/${id}\` (or \`${id}=path\` for the one on PATH; CLI: --versions ${id}=/path/to/${id}), or a download mirror with \`tool-mirror\` (CLI: --tool-mirror <url>).`;
}
function describeInstall(tool) {
  const how = {
    pinned: `sha256 ${tool.sha256?.slice(0, 12)}\u2026 (pinned)`,
    "checksums-file": `sha256 ${tool.sha256?.slice(0, 12)}\u2026 (release checksums file, not pinned)`,
    path: `from PATH (${tool.binary})`,
    "pip-hash-locked": `pip, every package hash-locked (lock sha256 ${tool.sha256?.slice(0, 12)}\u2026)`,
    none: "nothing to install"
  }[tool.verification];
  return `${how}; ${tool.origin}`;
}
async function ingestSarif(config, runs) {
  const started = Date.now();
  const result = await ingestSarifFiles({
    globs: config.sarifFiles,
    workspace: config.workspace,
    // SARIF URIs are repository-relative (as upload-sarif reads them), whatever `path` this run scans.
    ctx: { root: config.workspace, workspace: config.workspace, policy: config.policy }
  });
  const error = config.sarifFiles.length === 0 ? "the sarif scanner was selected but `sarif-files` is empty" : result.unmatched.length > 0 ? `sarif-files pattern(s) matched no file: ${result.unmatched.join(", ")} \u2014 did the step producing them fail?` : result.failures.length > 0 ? result.failures.join("; ") : void 0;
  runs.push({
    id: "sarif",
    status: error ? "error" : "ok",
    error,
    durationMs: Date.now() - started,
    findings: result.findings.length,
    note: `${result.files.length} file(s)`
  });
  return result.findings;
}

// src/pipeline/shard-stage.ts
import { writeFileSync as writeFileSync4 } from "node:fs";
import path11 from "node:path";

// src/shard/load-shards.ts
var import_ajv = __toESM(require_ajv(), 1);
var import_ajv_formats = __toESM(require_dist(), 1);
import { constants } from "node:buffer";
import { lstatSync, readFileSync as readFileSync6 } from "node:fs";
import path10 from "node:path";

// src/shard/shard.schema.json
var shard_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://github.com/scan-gate/scan-gate/blob/main/src/shard/shard.schema.json",
  title: "scan-gate shard result (shard.json)",
  description: "What a shard run (input `shard`) writes for the aggregate run. Documented in src/report/REPORT_SCHEMA.md.",
  type: "object",
  required: [
    "format",
    "formatVersion",
    "shard",
    "toolVersion",
    "sha",
    "policyHash",
    "instance",
    "createdAt",
    "path",
    "findings",
    "runs",
    "nativeIgnores",
    "warnings"
  ],
  properties: {
    format: { const: "scan-gate-shard" },
    formatVersion: { const: 1 },
    shard: { type: "string", pattern: "^[A-Za-z0-9_.-]{1,64}$" },
    toolVersion: { type: "string", minLength: 1 },
    sha: { type: "string" },
    policyHash: { type: "string", pattern: "^sha256:[0-9a-f]{64}$" },
    instance: { type: "string" },
    createdAt: { type: "string", format: "date-time" },
    path: { type: "string" },
    range: {
      type: "object",
      required: ["description"],
      properties: {
        description: { type: "string" },
        commitCount: { type: "integer", minimum: 0 },
        warning: { type: "string" }
      }
    },
    findings: { type: "array", items: { $ref: "#/definitions/finding" } },
    runs: { type: "array", items: { $ref: "#/definitions/run" } },
    nativeIgnores: { type: "array", items: { type: "object", required: ["file", "scanner", "source"] } },
    warnings: { type: "array", items: { type: "string" } }
  },
  definitions: {
    severity: { enum: ["critical", "high", "medium", "low", "unknown"] },
    finding: {
      type: "object",
      required: [
        "scanner",
        "sources",
        "ruleId",
        "aliases",
        "category",
        "severity",
        "title",
        "location",
        "fingerprint"
      ],
      properties: {
        scanner: { type: "string", minLength: 1 },
        sources: { type: "array", minItems: 1, items: { type: "string" } },
        ruleId: { type: "string" },
        aliases: { type: "array", items: { type: "string" } },
        category: { enum: ["secret", "vulnerability", "misconfiguration", "code", "license"] },
        severity: { $ref: "#/definitions/severity" },
        title: { type: "string" },
        description: { type: "string" },
        helpUri: { type: "string" },
        location: {
          type: "object",
          required: ["path"],
          properties: {
            path: { type: "string" },
            startLine: { type: "integer", minimum: 1 },
            endLine: { type: "integer", minimum: 1 },
            startColumn: { type: "integer", minimum: 1 },
            endColumn: { type: "integer", minimum: 1 }
          }
        },
        package: {
          type: "object",
          required: ["name"],
          properties: {
            name: { type: "string" },
            version: { type: "string" },
            ecosystem: { type: "string" },
            fixedVersions: { type: "array", items: { type: "string" } }
          }
        },
        fingerprint: { type: "string", minLength: 1 },
        verified: { type: "boolean" },
        suppressed: {
          type: "object",
          required: ["source"],
          properties: { source: { type: "string" }, reason: { type: "string" } }
        }
      }
    },
    run: {
      type: "object",
      required: ["id", "status", "durationMs", "findings"],
      $comment: "A run that carries an error is an error run: a shard claiming ok (or skipped) with an error is refused, not passed.",
      if: { required: ["error"] },
      then: { properties: { status: { const: "error" } } },
      properties: {
        id: { type: "string", minLength: 1 },
        version: { type: "string" },
        status: { enum: ["ok", "error", "skipped"] },
        durationMs: { type: "number", minimum: 0 },
        error: { type: "string" },
        findings: { type: "integer", minimum: 0 },
        install: { type: "string" },
        dbAgeHours: { type: "number" },
        note: { type: "string" }
      }
    }
  }
};

// src/shard/shard-file.ts
var SHARD_FILE = "shard.json";
var SHARD_FORMAT = "scan-gate-shard";
var SHARD_FORMAT_VERSION = 1;
function policyHash(policy) {
  return `sha256:${policySha256(policy)}`;
}

// src/shard/load-shards.ts
var MAX_SHARD_BYTES = constants.MAX_STRING_LENGTH;
function compileValidator() {
  const ajv = new import_ajv.Ajv({ strict: false, allErrors: true });
  import_ajv_formats.default.default(ajv);
  return ajv.compile(shard_schema_default);
}
function describeErrors(errors) {
  return (errors ?? []).slice(0, 3).map((e) => `${e.instancePath || "(top level)"} ${e.message ?? "is invalid"}`).join("; ");
}
function readShard(folder, validate) {
  const file = path10.join(folder, SHARD_FILE);
  let text;
  try {
    const stat = lstatSync(file);
    if (!stat.isFile()) return `${file} is not a regular file (links are not followed)`;
    if (stat.size > MAX_SHARD_BYTES) return `${file} is larger than ${MAX_SHARD_BYTES} bytes`;
    text = readFileSync6(file, "utf8");
  } catch {
    return `${folder} holds no ${SHARD_FILE} \u2014 not a shard result folder (was the shard's output-dir uploaded?)`;
  }
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    return `${file} is not valid JSON (truncated or corrupt upload?)`;
  }
  if (!validate(data)) return `${file} does not match the shard schema: ${describeErrors(validate.errors)}`;
  const unknown = data.runs.find((r) => !isScannerId(r.id)) ?? data.findings.find((f) => !isScannerId(f.scanner));
  if (unknown) return `${file} names a scanner this scan-gate does not know`;
  return data;
}
function mismatch(shard, expected) {
  const name = `shard "${shard.shard}"`;
  if (shard.toolVersion !== expected.toolVersion) {
    return `${name} was produced by scan-gate ${shard.toolVersion}, this aggregate run is ${expected.toolVersion} \u2014 use one version in every job`;
  }
  if (shard.sha !== expected.sha) {
    return `${name} scanned commit ${shard.sha.slice(0, 12)}, this run is for ${expected.sha.slice(0, 12)} \u2014 a stale artifact from another run?`;
  }
  if (shard.policyHash !== expected.policyHash) {
    return `${name} was gated by a different policy (policy file or inputs differ: ${shard.policyHash.slice(7, 19)} \u2260 ${expected.policyHash.slice(7, 19)})`;
  }
  if (shard.instance !== expected.instance) {
    return `${name} belongs to instance "${shard.instance}", this run is instance "${expected.instance}"`;
  }
  return void 0;
}
function loadShards(opts) {
  const folders = globSync([...opts.patterns], { cwd: opts.cwd, onlyDirectories: true, absolute: true, dot: true }).map((f) => f.replace(/\/+$/, "")).sort();
  const validate = compileValidator();
  const problems = [];
  const byName = /* @__PURE__ */ new Map();
  for (const folder of folders) {
    const shard = readShard(folder, validate);
    if (typeof shard === "string") {
      problems.push(shard);
      continue;
    }
    if (byName.has(shard.shard)) {
      problems.push(`shard "${shard.shard}" appears twice (${folder}) \u2014 artifact names must be unique per shard`);
      continue;
    }
    byName.set(shard.shard, shard);
  }
  const shards = [];
  for (const name of opts.expected.names) {
    const shard = byName.get(name);
    if (!shard) {
      problems.push(
        `shard "${name}" is missing: no folder matching ${opts.patterns.join(", ")} holds its ${SHARD_FILE} (cancelled or failed job, or upload failed?)`
      );
      continue;
    }
    const wrong = mismatch(shard, opts.expected);
    if (wrong) problems.push(wrong);
    else shards.push(shard);
  }
  for (const name of byName.keys()) {
    if (!opts.expected.names.includes(name)) {
      problems.push(`shard "${name}" is not listed in expect-shards (${opts.expected.names.join(", ")})`);
    }
  }
  return { shards, problems };
}

// src/pipeline/shard-stage.ts
function collectShardFindings(opts) {
  const { config } = opts;
  const loaded = loadShards({
    patterns: opts.patterns,
    cwd: config.workspace,
    expected: {
      names: opts.expect,
      sha: opts.sha,
      policyHash: policyHash(config.policy),
      toolVersion: opts.toolVersion,
      instance: config.instance
    }
  });
  const merged = mergeShards(loaded.shards);
  return { ...merged, problems: loaded.problems };
}
function writeShardFile(opts) {
  const { config, collected } = opts;
  const shard = {
    format: SHARD_FORMAT,
    formatVersion: SHARD_FORMAT_VERSION,
    shard: opts.name,
    toolVersion: opts.toolVersion,
    sha: opts.event.sha,
    policyHash: policyHash(config.policy),
    instance: config.instance,
    createdAt: opts.now.toISOString(),
    path: path11.relative(config.workspace, config.path).split(path11.sep).join("/") || ".",
    range: collected.range,
    findings: collected.findings,
    runs: collected.runs,
    nativeIgnores: collected.nativeIgnores,
    warnings: collected.warnings
  };
  const file = path11.join(config.outputDir, SHARD_FILE);
  writeFileSync4(file, `${JSON.stringify(shard)}
`);
  return file;
}

// src/pipeline/run-gate.ts
function refuseUntrustedHead(config, event) {
  if (event.info.name !== "pull_request_target" || config.allowUntrustedHead) return;
  if (event.payload.pull_request?.head?.sha && event.info.sha === event.payload.pull_request.head.sha) {
    throw new ConfigError(
      "Refusing to scan the pull request head on `pull_request_target`: that event runs with a write token and the head is untrusted code. Use `pull_request` (results from forks go to the job summary), or set `allow-untrusted-head: true` if you accept the risk."
    );
  }
}
function baselineBranch(event) {
  const base = event.payload.pull_request?.base?.ref;
  if (base) return base;
  const ref = event.info.ref ?? "";
  return ref.startsWith("refs/heads/") ? ref.slice("refs/heads/".length) : void 0;
}
function savesBaseline(event, branch) {
  if (!branch) return false;
  if (["schedule", "workflow_dispatch"].includes(event.info.name)) return true;
  return event.info.name === "push" && (event.info.defaultBranch === void 0 || branch === event.info.defaultBranch);
}
async function restoreBaseline(adapters, config, branch) {
  if (adapters.baseline) return adapters.baseline;
  if (!adapters.baselineStore || !branch) return void 0;
  try {
    return await adapters.baselineStore.restore({ instance: config.instance, branch });
  } catch (error) {
    adapters.runner.warning(`Could not restore the findings baseline: ${error.message}`);
    return void 0;
  }
}
async function runGate(opts) {
  const { config, event, adapters } = opts;
  const startedAt = adapters.now();
  let release;
  try {
    refuseUntrustedHead(config, event);
    release = prepareOutputDir({ dir: config.outputDir, instance: config.instance, run: opts.runKey });
    return await scanEvaluateReport(opts, startedAt);
  } finally {
    release?.();
    await adapters.finish();
    removeWorkRoot(opts, adapters.runner);
  }
}
function removeWorkRoot(opts, runner) {
  if (opts.keepWorkRoot) {
    runner.info(`Debug logging is on: the scanners' raw outputs are kept in ${opts.workRoot} (they may hold secrets).`);
    return;
  }
  try {
    rmSync2(opts.workRoot, { recursive: true, force: true });
  } catch (error) {
    runner.warning(`Could not delete the scanners' raw outputs in ${opts.workRoot}: ${error.message}`);
  }
}
async function collectFindings(opts, sources) {
  const { config, event, adapters } = opts;
  const mode = config.shards;
  const eventWarnings = event.warning ? [event.warning] : [];
  if (mode.kind === "aggregate") {
    const collected = collectShardFindings({
      config,
      patterns: mode.patterns,
      expect: mode.expect,
      sha: event.info.sha,
      toolVersion: opts.toolVersion
    });
    for (const p of collected.problems) adapters.runner.error(`scan-gate aggregate: ${p}`);
    return { ...collected, warnings: [...eventWarnings, ...collected.warnings] };
  }
  const scan = await runScanStage({
    config,
    event: { name: event.info.name, payload: event.payload, sha: event.info.sha, ref: event.info.ref },
    install: adapters.install,
    alerts: adapters.alerts,
    notice: (m) => adapters.runner.notice(m),
    workRoot: opts.workRoot,
    log: (m) => adapters.runner.info(m)
  });
  return {
    findings: normaliseFindings(scan.raw, config.workspace, sources),
    runs: scan.runs,
    range: scan.range,
    warnings: [...eventWarnings, ...scan.warnings],
    nativeIgnores: loadNativeIgnores(config.path),
    problems: []
  };
}
function cleanCollected(c) {
  return {
    ...c,
    findings: c.findings.map(cleanFindingText),
    runs: c.runs.map(cleanRunText),
    warnings: c.warnings.map(stripAnsi)
  };
}
async function scanEvaluateReport(opts, startedAt) {
  const { config, event, adapters } = opts;
  const sources = new SourceFiles(config.workspace);
  const collected = cleanCollected(await collectFindings(opts, sources));
  const shard = config.shards.kind === "shard" ? config.shards.name : void 0;
  const branch = baselineBranch(event);
  const baseline = shard ? void 0 : await restoreBaseline(adapters, config, branch);
  const warnings = [...collected.warnings];
  if (config.mode === "new" && !baseline && !shard) {
    const note = event.info.name === "local" ? "mode: new \u2014 no baseline given, so every finding counts as new. Pass --baseline <report.json of an earlier run>." : `mode: new \u2014 no baseline found for ${branch ?? "this ref"}; every finding counts. A push to the default branch or a scheduled run records one.`;
    adapters.runner.notice(note);
    warnings.push(note);
  }
  const evaluated = evaluatePolicy({
    findings: collected.findings,
    policy: config.policy,
    mode: config.mode,
    baseline,
    scanners: collected.runs,
    nativeIgnores: collected.nativeIgnores,
    now: startedAt
  });
  const verdict = withShardProblems(evaluated, collected.problems);
  for (const note of migrationNotes(verdict)) {
    adapters.runner.notice(note);
    warnings.push(note);
  }
  const report = {
    verdict,
    scanners: collected.runs,
    event: event.info,
    range: collected.range,
    instance: config.instance,
    mode: config.mode,
    policy: config.policy,
    configFile: config.configFile,
    startedAt: startedAt.toISOString(),
    durationMs: adapters.now().getTime() - startedAt.getTime(),
    warnings,
    toolVersion: opts.toolVersion,
    audit: auditRecord(config)
  };
  if (shard) {
    writeShardFile({
      config,
      name: shard,
      event: event.info,
      collected,
      toolVersion: opts.toolVersion,
      now: startedAt
    });
    const published2 = await runReportStage({
      report,
      config,
      adapters: adapters.report,
      runner: adapters.runner,
      publish: false,
      sources
    });
    adapters.runner.info(
      `scan-gate shard "${shard}": results written to ${config.outputDir} for the aggregate job (this shard's own verdict would be ${verdict.verdict}; the aggregate decides).`
    );
    return { report, outputs: gateOutputs(verdict, published2), exitCode: verdict.scannerErrors.length > 0 ? 1 : 0 };
  }
  const published = await runReportStage({
    report,
    config,
    adapters: adapters.report,
    runner: adapters.runner,
    sources
  });
  if (adapters.baselineStore && savesBaseline(event, branch) && branch && collected.problems.length === 0) {
    try {
      const next = buildBaseline({
        findings: verdict.findings,
        previous: baseline,
        now: startedAt,
        ref: event.info.ref,
        sha: event.info.sha,
        runs: collected.runs
      });
      await adapters.baselineStore.save({ instance: config.instance, branch }, next);
    } catch (error) {
      adapters.runner.warning(`Could not save the findings baseline: ${error.message}`);
    }
  }
  return {
    report,
    outputs: gateOutputs(verdict, published),
    exitCode: verdict.verdict === "pass" && !published.forwardingFailed ? 0 : 1,
    forwardingFailed: published.forwardingFailed
  };
}

export {
  stripAnsi,
  renderReportJson,
  runGate
};
