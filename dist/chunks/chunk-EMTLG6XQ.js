import { createRequire as __scanGateCreateRequire } from 'node:module'; const require = __scanGateCreateRequire(import.meta.url);
import {
  SCANNERS,
  TextCleaner,
  buildBaseline,
  cleanScannerText,
  clipText,
  contentHash,
  failedSarifRuns,
  fingerprintFor,
  fixedJudge,
  glob,
  globSync,
  identityOf,
  isoDate,
  legacyFingerprintOf,
  maskSecrets,
  maskedLine,
  normalisePackageName,
  ownEntry,
  parseSarifLog,
  parseSarifText,
  sha256,
  stripAnsi,
  uriComponent
} from "./chunk-W5LZYXKR.js";
import {
  gateOutputs
} from "./chunk-M7Z22BEH.js";
import {
  isInside,
  isRegularFile,
  readWorkspaceFile,
  resolvesInside
} from "./chunk-GWX5UPIH.js";
import {
  isCalendarDate,
  require_formats,
  require_ucs2length
} from "./chunk-AL76HQUA.js";
import {
  CATEGORIES,
  SEVERITIES,
  SEVERITY_RANK,
  SOURCE_IDS,
  bySeverityDesc,
  describeJsonError,
  emptyCounts,
  isScannerId,
  isSourceId,
  ruleScannerOf,
  sarifScannerOf
} from "./chunk-MRMBNSTT.js";
import {
  ConfigError,
  InstallRefusal,
  ScannerError,
  require_picomatch
} from "./chunk-IXNLOB46.js";
import {
  STOP_GRACE_MS,
  holdFolder,
  holdGroup,
  signalGroup
} from "./chunk-YOVDTCOF.js";
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

// src/pipeline/run-gate.ts
import { rmSync as rmSync4 } from "node:fs";

// src/config/native-ignores.ts
import { readFileSync } from "node:fs";
import path from "node:path";
function lines(file) {
  if (!isRegularFile(file)) return [];
  return readFileSync(file, "utf8").split(/\r?\n/).map((text2, i) => ({ text: text2.trim(), line: i + 1 })).filter((l) => l.text !== "" && !l.text.startsWith("#"));
}
function trivyIgnores(root) {
  return lines(path.join(root, ".trivyignore")).map(({ text: text2, line }) => {
    const [id = "", ...rest] = text2.split(/\s+/);
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
  return lines(path.join(root, ".gitleaksignore")).flatMap(({ text: text2, line }) => {
    const parts = text2.split(":");
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

// src/findings/clean-text.ts
function mapSame(items, fn) {
  let out;
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const cleaned = fn(item);
    if (cleaned !== item && out === void 0) out = items.slice(0, i);
    out?.push(cleaned);
  }
  return out ?? items;
}
function cleanPackage(pkg) {
  const name = stripAnsi(pkg.name);
  const version = pkg.version === void 0 ? void 0 : stripAnsi(pkg.version);
  const fixedVersions = pkg.fixedVersions === void 0 ? void 0 : mapSame(pkg.fixedVersions, stripAnsi);
  if (name === pkg.name && version === pkg.version && fixedVersions === pkg.fixedVersions) return pkg;
  return {
    ...pkg,
    name,
    ...version !== void 0 ? { version } : {},
    ...fixedVersions ? { fixedVersions } : {}
  };
}
function cleanSuppression(s, clean2) {
  const source = stripAnsi(s.source);
  const reason = s.reason === void 0 ? void 0 : clean2(s.reason);
  if (source === s.source && reason === s.reason) return s;
  return { source, ...reason !== void 0 ? { reason } : {} };
}
function cleanFindingText(f, cleaner = new TextCleaner()) {
  const clean2 = (t) => cleaner.clean(t);
  const ruleId = cleaner.strip(f.ruleId);
  const aliases = mapSame(f.aliases, stripAnsi);
  const title = clean2(f.title);
  const description = f.description === void 0 ? void 0 : clean2(f.description);
  const helpUri = f.helpUri === void 0 ? void 0 : clean2(f.helpUri);
  const path12 = cleaner.strip(f.location.path);
  const pkg = f.package === void 0 ? void 0 : cleanPackage(f.package);
  const suppressed = f.suppressed === void 0 ? void 0 : cleanSuppression(f.suppressed, clean2);
  if (ruleId === f.ruleId && aliases === f.aliases && title === f.title && description === f.description && helpUri === f.helpUri && path12 === f.location.path && pkg === f.package && suppressed === f.suppressed)
    return f;
  return {
    ...f,
    ruleId,
    aliases,
    title,
    ...description !== void 0 ? { description } : {},
    ...helpUri !== void 0 ? { helpUri } : {},
    location: path12 === f.location.path ? f.location : { ...f.location, path: path12 },
    ...pkg ? { package: pkg } : {},
    ...suppressed ? { suppressed } : {}
  };
}
function cleanFindingsText(findings) {
  const cleaner = new TextCleaner();
  return findings.map((f) => cleanFindingText(f, cleaner));
}
function cleanRunText(run) {
  return {
    ...run,
    ...run.error !== void 0 ? { error: cleanScannerText(run.error) } : {},
    ...run.note !== void 0 ? { note: stripAnsi(run.note) } : {}
  };
}

// src/findings/normalise.ts
import { randomInt } from "node:crypto";

// src/findings/merge-advisories.ts
function earliest(a, b) {
  if (!a) return b;
  if (!b) return a;
  return Date.parse(a) <= Date.parse(b) ? a : b;
}
function union(a, b) {
  return a || b ? [.../* @__PURE__ */ new Set([...a ?? [], ...b ?? []])] : void 0;
}
function ruleReportOf(f) {
  return isSourceId(f.scanner) ? f.ruleReport : { scanner: f.scanner, severity: f.severity };
}
function mergePair(a, b) {
  const stronger = SEVERITY_RANK[b.severity] > SEVERITY_RANK[a.severity] ? b : a;
  const ra = ruleReportOf(a);
  const rb = ruleReportOf(b);
  const ruleFrom = ra && rb ? SEVERITY_RANK[rb.severity] > SEVERITY_RANK[ra.severity] ? b : a : ra ? a : rb ? b : stronger;
  const ruleId = ruleFrom.ruleId;
  const ruleReport = isSourceId(stronger.scanner) ? ruleFrom === a ? ra : rb : void 0;
  const legacy = union(a.legacyFingerprints, b.legacyFingerprints);
  const ruleIds = [a.ruleId, b.ruleId].filter((id) => id !== ruleId);
  return {
    ...stronger,
    ruleId,
    ruleReport,
    sources: [.../* @__PURE__ */ new Set([stronger.scanner, ...a.sources, ...b.sources])],
    aliases: [.../* @__PURE__ */ new Set([...a.aliases, ...b.aliases, ...ruleIds])].filter((id) => id !== ruleId),
    package: stronger.package ?? a.package ?? b.package,
    verified: a.verified || b.verified || void 0,
    suppressed: a.suppressed && b.suppressed ? a.suppressed : void 0,
    sourceFirstSeen: earliest(a.sourceFirstSeen, b.sourceFirstSeen),
    alertUrl: a.alertUrl ?? b.alertUrl,
    ...legacy ? { legacyFingerprints: legacy } : {}
  };
}
function mergeInto(into, extra) {
  return { ...mergePair(into, extra), fingerprint: into.fingerprint, location: into.location };
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
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    (isSourceId(f.scanner) ? fromSources : out).push(f);
  }
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

// src/findings/source-files.ts
import { realpathSync } from "node:fs";
var MAX_SOURCE_BYTES = 5 * 1024 * 1024;
var SourceFiles = class {
  constructor(workspace) {
    this.workspace = workspace;
  }
  workspace;
  texts = /* @__PURE__ */ new Map();
  /** The workspace's resolved path, worked out once (not once per file); null when it does not resolve. */
  real;
  text(repoPath) {
    let text2 = this.texts.get(repoPath);
    if (text2 === void 0) {
      text2 = this.load(repoPath);
      this.texts.set(repoPath, text2);
    }
    return text2 ?? void 0;
  }
  /** Inside the workspace only, links that leave it not followed (see workspace-file.ts). */
  load(repoPath) {
    if (this.real === void 0) {
      try {
        this.real = realpathSync(this.workspace);
      } catch {
        this.real = null;
      }
    }
    if (this.real === null) return null;
    return readWorkspaceFile(this.workspace, repoPath, MAX_SOURCE_BYTES, this.real) ?? null;
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
function byPosition(raws) {
  return (a, b) => {
    const la = raws[a].location;
    const lb = raws[b].location;
    return (la.startLine ?? 0) - (lb.startLine ?? 0) || (la.startColumn ?? 0) - (lb.startColumn ?? 0) || (la.endLine ?? 0) - (lb.endLine ?? 0) || (la.endColumn ?? 0) - (lb.endColumn ?? 0) || a - b;
  };
}
function leadingBits(print) {
  let bits = 0;
  for (let k = 0; k < 8; k++) {
    const c = print.charCodeAt(k);
    bits = bits << 4 | (c <= 57 ? c - 48 : (c | 32) - 87);
  }
  return bits;
}
function groupsOfEqual(prints) {
  let width = 4;
  while (2 ** width < prints.length * 2) width++;
  const size = 2 ** width;
  const mask = size - 1;
  const salt = randomInt(2 ** 31) | 1;
  const table2 = new Int32Array(size * 4);
  for (let s = 0; s < table2.length; s += 4) table2[s] = -1;
  const lists = [];
  for (let i = 0; i < prints.length; i++) {
    const print = prints[i];
    const b = leadingBits(print);
    for (let s = Math.imul(b ^ salt, 2654435761) >>> 32 - width; ; s = s + 1 & mask) {
      const at = s * 4;
      const first = table2[at];
      if (first < 0) {
        table2[at] = i;
        table2[at + 1] = b;
        break;
      }
      if (table2[at + 1] !== b || prints[first] !== print) continue;
      const list = table2[at + 2];
      if (list > 0) lists[list - 1].push(i);
      else table2[at + 2] = lists.push([first, i]);
      break;
    }
  }
  return lists;
}
function byScannerAndCommit(raws, list) {
  const groups = /* @__PURE__ */ new Map();
  for (const i of list) {
    const raw = raws[i];
    const where = `${raw.scanner}\0${raw.commit ?? ""}`;
    const group = groups.get(where);
    if (group) group.push(i);
    else groups.set(where, [i]);
  }
  return [...groups.values()];
}
function oneScannerAndCommit(raws, list) {
  const first = raws[list[0]];
  for (let k = 1; k < list.length; k++) {
    const raw = raws[list[k]];
    if (raw.scanner !== first.scanner || (raw.commit ?? "") !== (first.commit ?? "")) return false;
  }
  return true;
}
function occurrences({ raws, firstPrints, located }) {
  const ordinal = new Uint32Array(raws.length).fill(1);
  const sameAs = new Int32Array(raws.length).fill(-1);
  const lists = groupsOfEqual(firstPrints);
  const order = byPosition(raws);
  for (const list of lists) {
    const first = list[0];
    if (!located[first]) {
      for (const i of list) if (i !== first) sameAs[i] = first;
      continue;
    }
    const groups = oneScannerAndCommit(raws, list) ? [list] : byScannerAndCommit(raws, list);
    for (const group of groups) {
      group.sort(order);
      for (let n = 0; n < group.length; n++) ordinal[group[n]] = n + 1;
    }
    if (groups.length === 1) continue;
    const firstWith = /* @__PURE__ */ new Map();
    for (const i of list) {
      const n = ordinal[i];
      const earlier = firstWith.get(n);
      if (earlier === void 0) firstWith.set(n, i);
      else sameAs[i] = earlier;
    }
  }
  return { ordinal, sameAs };
}
function copiedFinding(raw) {
  const {
    secretHash: _secretHash,
    snippet: _snippet,
    commit: _commit,
    fingerprint: _fingerprint,
    sources: _sources,
    legacyFingerprints: _legacy,
    ...rest
  } = raw;
  return rest;
}
function ownedFinding(raw) {
  const mutable = raw;
  if (mutable.secretHash !== void 0) mutable.secretHash = void 0;
  if (mutable.snippet !== void 0) mutable.snippet = void 0;
  if (mutable.commit !== void 0) mutable.commit = void 0;
  return raw;
}
function firstIdentities(raws, source, hashText, legacy) {
  const firstPrints = new Array(raws.length);
  const located = new Array(raws.length);
  const lines2 = new Array(raws.length);
  const keys = legacy ? new Array(raws.length) : void 0;
  for (let i = 0; i < raws.length; i++) {
    const raw = raws[i];
    const lineText = raw.category === "vulnerability" ? void 0 : source.line(raw.location.path, raw.location.startLine);
    const identity = identityOf(raw, lineText, hashText);
    firstPrints[i] = fingerprintFor(identity, 1);
    located[i] = identity.located;
    lines2[i] = lineText;
    if (keys) keys[i] = identity.key;
  }
  return { raws, firstPrints, located, lines: lines2, keys };
}
function fingerprintsOf(ids2, ordinal, hashText) {
  const prints = ids2.firstPrints.slice();
  for (let i = 0; i < prints.length; i++) {
    const n = ordinal[i];
    if (n > 1) prints[i] = fingerprintFor(identityOf(ids2.raws[i], ids2.lines[i], hashText), n);
  }
  return prints;
}
function completed(ids2, ordinal, prints, owned) {
  const { raws, located, lines: lines2, keys } = ids2;
  const sourcesOf = /* @__PURE__ */ new Map();
  const out = new Array(raws.length);
  for (let i = 0; i < raws.length; i++) {
    const raw = raws[i];
    const n = ordinal[i] ?? 1;
    const fingerprint = prints[i];
    const legacyFingerprints = keys && n === 1 && located[i] === true ? [legacyFingerprintOf(raw, lines2[i], { key: keys[i], located: true })] : void 0;
    const finding = owned && raw.fingerprint === void 0 ? ownedFinding(raw) : copiedFinding(raw);
    let sources = sourcesOf.get(raw.scanner);
    if (sources === void 0) {
      sources = Object.freeze([raw.scanner]);
      sourcesOf.set(raw.scanner, sources);
    }
    finding.sources = sources;
    finding.fingerprint = fingerprint;
    if (legacyFingerprints) finding.legacyFingerprints = legacyFingerprints;
    out[i] = finding;
  }
  return out;
}
function identified(raws, source, owned, legacy) {
  const hashed = /* @__PURE__ */ new Map();
  const hashText = (text2) => {
    let h = hashed.get(text2);
    if (h === void 0) {
      h = contentHash(text2);
      hashed.set(text2, h);
    }
    return h;
  };
  const ids2 = firstIdentities(raws, source, hashText, legacy);
  const { ordinal, sameAs } = occurrences(ids2);
  const prints = fingerprintsOf(ids2, ordinal, hashText);
  return { findings: completed(ids2, ordinal, prints, owned), sameAs };
}
function mergeDuplicates(findings) {
  const byPrint = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const seen = byPrint.get(f.fingerprint);
    if (!seen) {
      byPrint.set(f.fingerprint, f);
      continue;
    }
    byPrint.set(f.fingerprint, mergePair(seen, f));
  }
  return [...byPrint.values()];
}
function normaliseFindings(raw, workspace, sources = new SourceFiles(workspace), opts = {}) {
  const { findings, sameAs } = identified(raw, new SourceLines(sources), opts.owned === true, opts.legacy !== false);
  return mergeSourceAdvisories(mergeSame(findings, sameAs));
}
function mergeSame(findings, sameAs) {
  const out = [];
  const at = new Int32Array(findings.length);
  for (let i = 0; i < findings.length; i++) {
    const first = sameAs[i];
    const f = findings[i];
    if (first < 0) {
      at[i] = out.length;
      out.push(f);
    } else {
      const p = at[first];
      out[p] = mergePair(out[p], f);
    }
  }
  return out;
}
function mergeFindings(findings) {
  return mergeSourceAdvisories(mergeDuplicates(findings));
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
function deciderOf(f, policy) {
  if (policy.categoryFailOn[f.category] !== void 0) return { kind: "category", category: f.category };
  const scanner = decidingScanner(f, policy);
  return scanner === void 0 ? { kind: "global" } : { kind: "scanner", scanner };
}
function decidingScanner(f, policy) {
  const sources = f.sources;
  for (let i = 0; i < sources.length; i++) {
    const s = sources[i];
    if (policy.scannerFailOn[s] !== void 0) return s;
  }
  return void 0;
}
function applied(d, policy) {
  if (d.kind === "category") {
    const t = policy.categoryFailOn[d.category];
    const at = policy.ruleSources["fail-on-by-category"];
    return { threshold: t, rule: `fail-on-by-category ${d.category}: ${t}${at ? ` (${at})` : ""}` };
  }
  if (d.kind === "scanner") {
    const t = policy.scannerFailOn[d.scanner];
    const at = policy.ruleSources["fail-on-by-scanner"];
    return { threshold: t, rule: `fail-on-by-scanner ${d.scanner}: ${t}${at ? ` (${at})` : ""}` };
  }
  return { threshold: policy.failOn, rule: `fail-on ${policy.failOn} (${policy.failOnSource})` };
}
function shared(threshold) {
  const reasons = /* @__PURE__ */ new Map();
  return {
    ...threshold,
    reason(severity) {
      let reason = reasons.get(severity);
      if (reason === void 0) {
        reason = `severity ${severity} reaches ${threshold.rule}`;
        reasons.set(severity, reason);
      }
      return reason;
    }
  };
}
function thresholdMemo(policy) {
  const byCategory = /* @__PURE__ */ new Map();
  const byScanner = /* @__PURE__ */ new Map();
  let global;
  const once = (known, key, d) => {
    let t = known.get(key);
    if (t === void 0) {
      t = shared(applied(d, policy));
      known.set(key, t);
    }
    return t;
  };
  return (f) => {
    const d = deciderOf(f, policy);
    if (d.kind === "category") return once(byCategory, d.category, d);
    if (d.kind === "scanner") return once(byScanner, d.scanner, d);
    global ??= shared(applied(d, policy));
    return global;
  };
}

// src/policy/evaluate.ts
function judged(f, j, o) {
  if (!o.owned) {
    return {
      ...f,
      reason: j.reason,
      ignoredBy: j.ignoredBy,
      status: j.status,
      blocking: j.blocking,
      firstSeen: j.firstSeen,
      overdue: j.overdue
    };
  }
  const e = f;
  e.reason = j.reason;
  e.ignoredBy = j.ignoredBy;
  e.status = j.status;
  e.blocking = j.blocking;
  e.firstSeen = j.firstSeen;
  e.overdue = j.overdue;
  return e;
}
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
function firstPolicyIgnore(rules, f) {
  for (let i = 0; i < rules.length; i++) if (policyIgnoreMatches(rules[i], f)) return rules[i];
  return void 0;
}
function firstNativeIgnore(rules, f, now) {
  for (let i = 0; i < rules.length; i++) {
    const r = rules[i];
    if (!isExpired(r.expires, now) && nativeIgnoreMatches(r, f)) return r;
  }
  return void 0;
}
function ignoreFor(f, policy, state, now) {
  const rule = firstPolicyIgnore(state.active, f);
  if (rule) {
    state.used.add(rule);
    if (legacyIdMatches(rule.id, f))
      state.migration.ignores.push({ source: rule.source, id: rule.id, fingerprint: f.fingerprint });
    return { kind: "policy", source: rule.source, reason: rule.reason, owner: rule.owner, expires: rule.expires };
  }
  if (policy.allowNativeIgnores) {
    const native = firstNativeIgnore(state.native, f, now);
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
  if (ignoredBy) return judged(f, { status: "ignored", blocking: false, ignoredBy, firstSeen, overdue: false }, o);
  const status = seen ? "existing" : "new";
  if (f.category === "license" && o.policy.licensePolicy) {
    const decision = decideLicence(f, o.policy.licensePolicy);
    const blocks = decision.blocks && !(o.mode === "new" && status === "existing");
    return judged(
      f,
      { status, blocking: blocks, reason: blocks ? decision.why : void 0, firstSeen, overdue: false },
      o
    );
  }
  const applied2 = state.threshold(f);
  const atThreshold = reaches(f.severity, applied2.threshold);
  if (atThreshold && !(o.mode === "new" && status === "existing")) {
    return judged(f, { status, blocking: true, reason: applied2.reason(f.severity), firstSeen, overdue }, o);
  }
  if (overdue && o.policy.slaBlocks) {
    return judged(
      f,
      {
        status,
        blocking: true,
        reason: `overdue: first seen ${firstSeen?.slice(0, 10)}, past the ${f.severity} SLA (sla-blocks)`,
        firstSeen,
        overdue
      },
      o
    );
  }
  return judged(f, { status, blocking: false, firstSeen, overdue }, o);
}
function summarise(findings) {
  const byReason = /* @__PURE__ */ new Map();
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    if (!f.blocking) continue;
    const reason = f.reason ?? "";
    byReason.set(reason, (byReason.get(reason) ?? 0) + 1);
  }
  const byRule = /* @__PURE__ */ new Map();
  for (const [reason, n] of byReason) {
    const key = reason.replace(/^severity \w+ reaches /, "");
    byRule.set(key, (byRule.get(key) ?? 0) + n);
  }
  return byRule;
}
function fixedSince(baseline, findings, o) {
  const present = /* @__PURE__ */ new Set();
  for (const f of findings) {
    present.add(f.fingerprint);
    for (const old of f.legacyFingerprints ?? []) present.add(old);
  }
  const canJudge = fixedJudge(o.scanners);
  return Object.entries(baseline.entries).filter(([fp, e]) => !present.has(fp) && canJudge(e)).map(([fingerprint, e]) => ({ fingerprint, ...e, fixedAt: o.now.toISOString() }));
}
function evaluatePolicy(o) {
  const configured = o.policy.allowIgnores ? o.policy.ignores : [];
  const state = {
    active: configured.filter((r) => !isExpired(r.expires, o.now)),
    used: /* @__PURE__ */ new Set(),
    native: o.nativeIgnores ?? [],
    migration: { baseline: /* @__PURE__ */ new Set(), ignores: [] },
    threshold: thresholdMemo(o.policy)
  };
  const findings = o.findings.map((f) => evaluateOne(f, o, state));
  const counts = emptyCounts();
  let counted = 0;
  let blocking = 0;
  let newCount = 0;
  let existingCount = 0;
  let overdue = 0;
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    if (f.blocking) blocking++;
    if (f.status === "ignored") continue;
    counted++;
    counts[f.severity]++;
    if (f.status === "new") newCount++;
    else if (f.status === "existing") existingCount++;
    if (f.overdue) overdue++;
  }
  const scannerErrors = o.scanners.filter((s) => s.status === "error").map((s) => ({ scanner: s.id, message: s.error ?? "failed" }));
  const errorsFail = scannerErrors.length > 0 && o.policy.failOnScannerError;
  const fixed = o.baseline ? fixedSince(o.baseline, findings, o) : [];
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
  if (verdict === "pass") reasons.unshift(passReason(o, counted, findings.length - counted));
  return {
    verdict,
    reasons,
    findings,
    counts,
    total: counted,
    blocking,
    newCount,
    existingCount,
    ignoredCount: findings.length - counted,
    fixed,
    resolvedHistory: o.baseline?.resolved ?? [],
    expiredIgnores: configured.filter((r) => isExpired(r.expires, o.now)),
    unusedIgnores: state.active.filter((r) => !state.used.has(r)),
    scannerErrors,
    baseline: o.mode === "new" ? o.baseline ? "used" : "none" : "not-applicable",
    overdue,
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
import { readFileSync as readFileSync2 } from "node:fs";
import path2 from "node:path";

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
    return sha2562(readFileSync2(path2.resolve(config.workspace, config.configFile)));
  } catch {
    return void 0;
  }
}
var rel = (config, abs) => path2.relative(config.workspace, abs) || ".";
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
    "output-dir": config.outputDir,
    shard: config.shards.kind === "shard" ? config.shards.name : "",
    aggregate: config.shards.kind === "aggregate" ? config.shards.patterns.join(",") : "",
    "expect-shards": config.shards.kind === "aggregate" ? config.shards.expect.join(",") : "",
    "issue-assignees": config.issueAssignees.join(","),
    "issue-mentions": config.issueMentions.join(","),
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
    findings: mergeFindings(all),
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
import { existsSync, mkdirSync, readFileSync as readFileSync3, realpathSync as realpathSync2, statSync, writeFileSync } from "node:fs";
import path3 from "node:path";
var PSEUDO_FS = ["/proc", "/sys", "/dev"];
var MARKER = ".scan-gate-run.json";
function refuse(dir, why, fix = "Choose a writable folder, e.g. $RUNNER_TEMP/scan-gate") {
  throw new ConfigError(`Input \`output-dir\`: "${dir}" ${why}. ${fix}.`);
}
function nearestExisting(dir) {
  let current = dir;
  while (!existsSync(current) && path3.dirname(current) !== current) current = path3.dirname(current);
  return current;
}
function createLevels(dir, from) {
  const missing = path3.relative(from, dir).split(path3.sep).filter(Boolean);
  let current = from;
  for (const part of missing) {
    current = path3.join(current, part);
    try {
      mkdirSync(current);
    } catch (error) {
      refuse(dir, `cannot be created (${error.code ?? error.message})`);
    }
  }
}
function readMarker(file) {
  try {
    return JSON.parse(readFileSync3(file, "utf8"));
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
  if (!statSync(base).isDirectory()) refuse(dir, `cannot be created: ${base} is a file`);
  createLevels(dir, base);
  if (!statSync(dir).isDirectory()) refuse(dir, "is not a folder");
  const marker = path3.join(dir, MARKER);
  refuseShared(dir, existsSync(marker) ? readMarker(marker) : {}, opts.run);
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
import path6 from "node:path";
import { pathToFileURL } from "node:url";

// src/forward/forward-findings.ts
import { closeSync, ftruncateSync, openSync, rmSync } from "node:fs";
import path4 from "node:path";

// src/report/item-list.ts
function mappedList(items, convert) {
  return { length: items.length, at: (i) => convert(items[i]) };
}

// src/report/json-list.ts
import { writeSync } from "node:fs";
var BATCH = 100;
var CHUNK = 1 << 20;
var ByteSink = class {
  /**
   * `fd`: write full chunks to this file. None: keep the bytes for `bytes()` in one buffer of
   * `expectedBytes` (default 1 MB), doubled when they outgrow it. A generous guess costs address space,
   * not memory (pages never written are never faulted in), and saves copying the whole document into a
   * buffer of its own size at the end.
   */
  constructor(fd, expectedBytes = CHUNK) {
    this.fd = fd;
    this.chunk = Buffer.allocUnsafe(fd === void 0 ? Math.max(CHUNK, Math.ceil(expectedBytes)) : CHUNK);
  }
  fd;
  chunk;
  used = 0;
  /** Appends `text`; returns where its bytes start in the current chunk. */
  append(text2) {
    if (this.used + text2.length * 3 > this.chunk.length) {
      const bytes2 = Buffer.byteLength(text2);
      if (this.used + bytes2 > this.chunk.length) this.makeRoom(bytes2);
    }
    const at = this.used;
    this.used += this.chunk.write(text2, at);
    return at;
  }
  /** Overwrites one byte of the current chunk with an ASCII character. */
  setByte(at, ascii) {
    this.chunk[at] = ascii.charCodeAt(0);
  }
  /** Takes back the last byte appended. */
  dropLast() {
    this.used -= 1;
  }
  /**
   * Everything appended (a sink without a file). A small document is copied into a buffer of its own
   * size rather than holding on to the sink's; a large one is the sink's buffer, up to what was written.
   */
  bytes() {
    const written = this.chunk.subarray(0, this.used);
    return this.used < CHUNK ? Buffer.from(written) : written;
  }
  /** Writes what is left to the file (a sink with a file). */
  flush() {
    if (this.fd !== void 0) this.release();
  }
  /** Room for `bytes` more: the full chunk written out (a file), or a buffer twice as large (none). */
  makeRoom(bytes2) {
    if (this.fd === void 0) {
      const larger = Buffer.allocUnsafe(Math.max(this.chunk.length * 2, this.used + bytes2));
      this.chunk.copy(larger, 0, 0, this.used);
      this.chunk = larger;
      return;
    }
    this.release();
    if (bytes2 > this.chunk.length) this.chunk = Buffer.allocUnsafe(bytes2);
  }
  release() {
    if (this.used === 0 || this.fd === void 0) return;
    for (let done = 0; done < this.used; ) done += writeSync(this.fd, this.chunk, done, this.used - done);
    if (this.chunk.length > CHUNK) this.chunk = Buffer.allocUnsafe(CHUNK);
    this.used = 0;
  }
};
function appendSplicedJson(sink, head, open, items, toJson) {
  if (head[open] !== "[" || head[open + 1] !== "]") throw new Error(`appendSplicedJson: no empty list at ${open}`);
  if (items.length === 0) {
    sink.append(head);
    return;
  }
  sink.append(head.slice(0, open));
  for (let i = 0; i < items.length; i += BATCH) {
    const batch = new Array(Math.min(BATCH, items.length - i));
    for (let k = 0; k < batch.length; k++) batch[k] = toJson(items.at(i + k));
    const at = sink.append(JSON.stringify(batch));
    if (i > 0) sink.setByte(at, ",");
    sink.dropLast();
  }
  sink.append(head.slice(open + 1));
}

// src/forward/finding-context.ts
import { hash } from "node:crypto";

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
function md(text2, maxLength = 300) {
  const oneLine = text2.replace(/[\r\n\t]+/g, " ").replace(/\s{2,}/g, " ").trim();
  const clipped = clipText(oneLine, maxLength);
  return clipped.replace(/[&<>"'[\]()!`|*_~#\\]/g, (c) => ENTITIES[c] ?? c).replace(/@(?=\w)/g, "@\u200B").replace(/:\/\//g, ":&#47;&#47;");
}
function urlPath(repoPath) {
  return repoPath.split("/").map(uriComponent).join("/");
}
function insideRepository(repoPath) {
  if (repoPath === "" || repoPath.startsWith("/") || repoPath.includes("\\") || repoPath.includes(":")) return false;
  return repoPath.split("/").every((segment) => segment !== "" && segment !== "." && segment !== "..");
}

// src/forward/finding-context.ts
function forwardedId(report, fingerprint) {
  const { owner, repo } = report.event;
  const digest = hash("sha256", `${owner}/${repo}/${report.instance}
${fingerprint}`, "hex");
  return `scan-gate/${owner}/${repo}/${digest.slice(0, 40)}`;
}
function placeOf(finding, report, images) {
  return placeFinder(report, images)(finding);
}
function placeFinder(report, images) {
  const { owner, repo, serverUrl, sha } = report.event;
  const repositoryUrl = `${serverUrl.replace(/\/+$/, "")}/${owner}/${repo}`;
  const repositoryOnly = { repositoryUrl, sourceUrl: repositoryUrl };
  const byPath = /* @__PURE__ */ new Map();
  return (finding) => {
    const path12 = finding.location.path;
    let known = byPath.get(path12);
    if (known === void 0) {
      const image = images.find((i) => path12.startsWith(`${i}: `));
      known = image ? { repositoryUrl, image, sourceUrl: repositoryUrl } : !insideRepository(path12) ? repositoryOnly : `${repositoryUrl}/blob/${sha}/${urlPath(path12)}`;
      byPath.set(path12, known);
    }
    if (typeof known !== "string") return known;
    const line = finding.location.startLine ? `#L${finding.location.startLine}` : "";
    return { repositoryUrl, sourceUrl: `${known}${line}` };
  };
}
function clip(text2, max) {
  return clipText(text2, max);
}
function describesDefaultBranch(event) {
  if (event.name === "schedule") return true;
  if (!["push", "workflow_dispatch"].includes(event.name) || !event.ref?.startsWith("refs/heads/")) return false;
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
    // The same generator as when the finding is archived from its baseline entry (see ruleScannerOf).
    GeneratorId: generatorId(ruleScannerOf(f), f.ruleId),
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
var epochMs = (iso) => {
  const t = iso === void 0 ? Number.NaN : Date.parse(iso);
  return Number.isFinite(t) ? t : void 0;
};
var ms = (iso, fallback) => epochMs(iso) ?? fallback.getTime();
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
function serialisableRecord(f, report, opts, placeIn = (finding) => placeOf(finding, report, opts.images)) {
  const place = placeIn(f);
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
  return record;
}
function serialisableClosedRecord(f, report, now) {
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
      first_seen_time: epochMs(f.firstSeen),
      last_seen_time: now.getTime()
    },
    resources: [{ type: "Repository", uid: placeOf({ location: { path: "" } }, report, []).repositoryUrl }],
    unmapped: { scan_gate: { fingerprint: f.fingerprint, rule_id: f.ruleId, path: f.path, status: "fixed" } }
  };
  if (classUid === VULNERABILITY_FINDING) record.vulnerabilities = [{ advisory: { uid: f.ruleId ?? f.fingerprint } }];
  return record;
}
function ocsfRecordList(report, opts) {
  const { findings, fixed } = report.verdict;
  const placeIn = placeFinder(report, opts.images);
  return {
    length: findings.length + fixed.length,
    at: (i) => i < findings.length ? serialisableRecord(findings[i], report, opts, placeIn) : serialisableClosedRecord(fixed[i - findings.length], report, opts.now)
  };
}

// src/forward/security-hub.ts
var IMPORT_LIMITS = { count: 100, bytes: 6 * 1024 * 1024, findingBytes: 240 * 1024 };
function* findingBatches(findings, oversize, limits = IMPORT_LIMITS) {
  let current = [];
  let size = 16;
  for (const f of findings) {
    const bytes2 = Buffer.byteLength(JSON.stringify(f));
    if (bytes2 > limits.findingBytes) {
      oversize.push({ id: f.Id ?? "?", code: "TooLarge", message: `${bytes2} bytes > ${limits.findingBytes}` });
      continue;
    }
    if (current.length >= limits.count || current.length > 0 && size + bytes2 + 1 > limits.bytes) {
      yield current;
      current = [];
      size = 16;
    }
    current.push(f);
    size += bytes2 + 1;
  }
  if (current.length > 0) yield current;
}
async function sendToSecurityHub(opts) {
  const activeIds = [];
  const archivedKeys = [];
  function* all() {
    for (let i = 0; i < opts.active.length; i++) {
      const f = opts.active.at(i);
      activeIds.push(f.Id ?? "");
      yield f;
    }
    for (let i = 0; i < opts.archived.length; i++) {
      const f = opts.archived.at(i);
      archivedKeys.push({ Id: f.Id, ProductArn: f.ProductArn });
      yield f;
    }
  }
  const oversize = [];
  const refused = [];
  let calls = 0;
  for (const batch of findingBatches(all(), oversize)) {
    for (const r of await opts.port.importFindings(batch)) refused.push(r);
    calls++;
  }
  const rejected = [...oversize, ...refused];
  const failedIds = new Set(rejected.map((r) => r.id));
  const toResolve = archivedKeys.filter((k) => k.Id && k.ProductArn && !failedIds.has(k.Id)).map((k) => ({ Id: k.Id, ProductArn: k.ProductArn }));
  for (let i = 0; i < toResolve.length; i += IMPORT_LIMITS.count) {
    for (const r of await opts.port.resolveFindings(toResolve.slice(i, i + IMPORT_LIMITS.count))) rejected.push(r);
    calls++;
  }
  return {
    active: activeIds.filter((id) => !failedIds.has(id)).length,
    archived: archivedKeys.filter((k) => !failedIds.has(k.Id ?? "")).length,
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
function* webhookBodies(records2, maxBytes = MAX_BODY_BYTES) {
  let lines2 = [];
  let size = 0;
  for (let index = 0; index < records2.length; index++) {
    const line = `${JSON.stringify(records2.at(index))}
`;
    const bytes2 = Buffer.byteLength(line);
    if (bytes2 > maxBytes) {
      yield { tooLarge: index };
      continue;
    }
    if (size + bytes2 > maxBytes) {
      yield { body: lines2.join(""), count: lines2.length };
      lines2 = [];
      size = 0;
    }
    lines2.push(line);
    size += bytes2;
  }
  if (lines2.length > 0) yield { body: lines2.join(""), count: lines2.length };
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
  const deadline = Date.now() + (opts.budgetMs ?? 3e5);
  const tooLarge = [];
  const failed = [];
  let batches = 0;
  let sent = 0;
  for (const item of webhookBodies(opts.records, opts.maxBodyBytes)) {
    if ("tooLarge" in item) {
      tooLarge.push(
        `record ${item.tooLarge + 1} is larger than the ${opts.maxBodyBytes ?? MAX_BODY_BYTES}-byte body limit`
      );
      continue;
    }
    batches++;
    const problem = await deliver(opts, item.body, deadline);
    if (problem) failed.push({ batch: batches, count: item.count, problem });
    else sent += item.count;
  }
  const errors = [...tooLarge, ...failed.map((f) => `batch ${f.batch}/${batches} (${f.count} records): ${f.problem}`)];
  return { sent, batches, errors };
}

// src/forward/forward-findings.ts
var OCSF_FILE = "findings.ocsf.json";
var SECURITY_HUB_BUDGET_MS = 5 * 6e4;
async function forwardFindings(opts) {
  const { forward } = opts;
  const record = {};
  const notes = [];
  const warnings = [];
  if (forward.ocsf) {
    try {
      const records2 = writeOcsfFile(path4.join(opts.outputDir, OCSF_FILE), opts);
      record.ocsf = { file: OCSF_FILE, version: OCSF_VERSION, records: records2 };
    } catch (error) {
      const message = `OCSF file ${OCSF_FILE} not written: ${maskedLine(error.message, 300)}`;
      record.ocsf = { file: OCSF_FILE, error: message };
      warnings.push(message);
    }
  }
  if (forward.securityHub) {
    const hub = await forwardToSecurityHub(opts);
    record.securityHub = hub.record;
    if (hub.note) notes.push(hub.note);
    warnings.push(...hub.warnings);
  }
  if (forward.siemWebhook) {
    const ocsf = ocsfRecordList(opts.report, { images: opts.images, now: opts.now });
    try {
      const hook = await forwardToWebhook(
        forward.siemWebhook,
        forward.siemWebhookSecret,
        ocsf,
        opts.webhookBaseDelayMs
      );
      record.siemWebhook = hook.record;
      if (hook.note) notes.push(hook.note);
      if (hook.warning) warnings.push(hook.warning);
    } catch (error) {
      const message = `SIEM webhook forwarding failed: ${maskedLine(error.message, 300)}`;
      record.siemWebhook = { error: message };
      warnings.push(message);
    }
  }
  return { record, notes, warnings, failed: warnings.length > 0 };
}
function writeOcsfFile(file, opts) {
  const list = ocsfRecordList(opts.report, { images: opts.images, now: opts.now });
  const fd = openSync(file, "w");
  try {
    const sink = new ByteSink(fd);
    appendSplicedJson(sink, "[]\n", 0, list, (record) => record);
    sink.flush();
  } catch (error) {
    const attempt = (step) => {
      try {
        step();
        return void 0;
      } catch (e) {
        return e.code ?? e.message;
      }
    };
    attempt(() => ftruncateSync(fd, 0));
    attempt(() => closeSync(fd));
    const removal = attempt(() => rmSync(file, { force: true }));
    if (removal !== void 0) error.message += ` (the empty file could not be removed: ${removal})`;
    throw error;
  }
  closeSync(fd);
  return list.length;
}
async function forwardToSecurityHub(opts) {
  const { report } = opts;
  if (!describesDefaultBranch(report.event)) {
    const branch = report.event.defaultBranch ?? "the default branch";
    return {
      record: { skipped: "not the default branch" },
      note: `Security Hub: not sent \u2014 it mirrors the default branch (${branch}), so only pushes to it, manual runs on it and scheduled runs forward.`,
      warnings: []
    };
  }
  try {
    return await importIntoSecurityHub(opts);
  } catch (error) {
    const e = error;
    const message = `Security Hub forwarding failed: ${e.name && e.name !== "Error" ? `${e.name}: ` : ""}${maskedLine(e.message, 500)}`;
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
    active: mappedList(report.verdict.findings, (f) => toAsffFinding(f, report, target)),
    // The policy lists as fixed only what a scanner that completed looked for (policy/baseline.ts fixedJudge).
    archived: mappedList(report.verdict.fixed, (f) => toArchivedAsffFinding(f, report, target))
  });
  const rejected = out.rejected.map((r) => ({ id: r.id, code: r.code, message: maskedLine(r.message ?? "", 300) }));
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
function clean(text2) {
  return text2.replace(/[\r\n]+/g, " ").replace(/::/g, ": :").slice(0, 300);
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
  return `${status ? `HTTP ${status}: ` : ""}${maskedLine(message.split("\n")[0] ?? "", 300)}${rateLimitNote(error)}`;
}
function deniedStatus(error) {
  const status = statusOf(error);
  if (status !== 401 && status !== 403 && status !== 404) return void 0;
  return isRateLimited(error) ? void 0 : status;
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
    if (deniedStatus(error) === 403) {
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
  const text2 = md(startLine ? `${p}:${startLine}` : p, 120);
  const e = report.event;
  if (!e.owner || !e.sha || !insideRepository(p)) return text2;
  const anchor = startLine ? `#L${startLine}` : "";
  return `[${text2}](${e.serverUrl}/${e.owner}/${e.repo}/blob/${e.sha}/${urlPath(p)}${anchor})`;
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
var bytes = (text2) => Buffer.byteLength(text2, "utf8");
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

// src/report/replace-file.ts
import { randomUUID } from "node:crypto";
import { closeSync as closeSync2, openSync as openSync2, renameSync, rmSync as rmSync2, writeFileSync as writeFileSync2 } from "node:fs";
import path5 from "node:path";
function replaceFile(file, write) {
  const unfinished = path5.join(path5.dirname(file), `.${path5.basename(file)}.${randomUUID().slice(0, 8)}.tmp`);
  const release = holdFolder(unfinished);
  let fd;
  try {
    fd = openSync2(unfinished, "wx");
    write(fd);
    closeSync2(fd);
    fd = void 0;
    renameSync(unfinished, file);
  } catch (error) {
    if (fd !== void 0) closeSync2(fd);
    rmSync2(unfinished, { force: true });
    throw error;
  } finally {
    release();
  }
}
function replaceFileWith(file, data) {
  replaceFile(file, (fd) => writeFileSync2(fd, data));
}

// src/report/report-json.ts
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
  const head = `${JSON.stringify(reportJsonWithout(report, extra))}
`;
  const open = head.indexOf(FINDINGS_PLACEHOLDER) + FINDINGS_PLACEHOLDER.length - 2;
  replaceFile(file, (fd) => {
    const sink = new ByteSink(fd);
    appendSplicedJson(sink, head, open, report.verdict.findings, findingJson);
    sink.flush();
  });
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
function significantCodes(text2) {
  const codes = new Uint16Array(text2.length + 1 + WINDOW);
  const starts = [0];
  let n = 0;
  for (let i = 0; i < text2.length; i++) {
    let code = text2.charCodeAt(i);
    if (code === 32 || code === 9) continue;
    if (code === CR) {
      if (text2.charCodeAt(i + 1) === LF) continue;
      code = LF;
    }
    codes[n++] = code;
    if (code === LF) starts.push(n);
  }
  codes[n] = EOF_MARK;
  return { codes, starts };
}
var BUCKET = 1073741823;
var LineHashes = class {
  length;
  hi;
  lo;
  ordinal;
  texts;
  constructor(text2) {
    const { codes, starts } = significantCodes(text2);
    const count = starts.length;
    this.length = count;
    this.hi = new Uint32Array(count);
    this.lo = new Uint32Array(count);
    this.ordinal = new Uint32Array(count);
    this.texts = new Array(count);
    const above = new Int32Array(count);
    const last = /* @__PURE__ */ new Map();
    for (let line = 0; line < count; line++) {
      const start = starts[line];
      let hi = 0;
      let lo = 0;
      for (let i = start; i < start + WINDOW; i++) {
        const low = lo * BASE + codes[i];
        lo = low >>> 0;
        hi = hi * BASE + (low - lo) / TWO_32 >>> 0;
      }
      this.hi[line] = hi;
      this.lo[line] = lo;
      const bucket = lo & BUCKET;
      const newest = last.get(bucket) ?? -1;
      let same = newest;
      while (same >= 0 && (this.hi[same] !== hi || this.lo[same] !== lo)) same = above[same];
      this.ordinal[line] = same < 0 ? 1 : this.ordinal[same] + 1;
      above[line] = newest;
      last.set(bucket, line);
    }
  }
  /** The hash of the 0-based `line` as `hex:n`; undefined past the last line. */
  at(line) {
    if (!(line >= 0 && line < this.length)) return void 0;
    let text2 = this.texts[line];
    if (text2 === void 0) {
      const hi = this.hi[line];
      const lo = this.lo[line];
      const hex = hi === 0 ? lo.toString(16) : `${hi.toString(16)}${lo.toString(16).padStart(8, "0")}`;
      text2 = `${hex}:${this.ordinal[line]}`;
      this.texts[line] = text2;
    }
    return text2;
  }
};

// src/report/sarif/build.ts
var LIMITS = {
  resultsPerRun: 25e3,
  gzipBytes: 10 * 1024 * 1024,
  tagsPerRule: 20,
  textLength: 1024
};
var clip2 = (text2, n = LIMITS.textLength) => clipText(text2, n);
function rulesFor(findings) {
  const index = /* @__PURE__ */ new Map();
  const rules = [];
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
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
  return urlPath(repoPath.replace(/^\/+/, ""));
}
function uriMemo() {
  const known = /* @__PURE__ */ new Map();
  return (repoPath) => {
    let uri = known.get(repoPath);
    if (uri === void 0) {
      uri = relativeUri(repoPath);
      known.set(repoPath, uri);
    }
    return uri;
  };
}
function messageMemo() {
  const plain = /* @__PURE__ */ new Map();
  const blocking = /* @__PURE__ */ new Map();
  const build = (f, pkg) => clip2(`${f.title}${pkg}${f.blocking ? ` \u2014 blocks: ${f.reason ?? ""}` : ""}`, 2e3);
  return (f) => {
    if (f.package) return build(f, ` in ${f.package.name}${f.package.version ? `@${f.package.version}` : ""}`);
    if (!f.blocking) {
      let text3 = plain.get(f.title);
      if (text3 === void 0) {
        text3 = build(f, "");
        plain.set(f.title, text3);
      }
      return text3;
    }
    let byReason = blocking.get(f.title);
    if (byReason === void 0) {
      byReason = /* @__PURE__ */ new Map();
      blocking.set(f.title, byReason);
    }
    const reason = f.reason ?? "";
    let text2 = byReason.get(reason);
    if (text2 === void 0) {
      text2 = build(f, "");
      byReason.set(reason, text2);
    }
    return text2;
  };
}
function resultFor(f, ruleIndex, hashes, uriOf, messageOf) {
  const line = Math.max(1, f.location.startLine ?? 1);
  const hash2 = hashes(f.location.path)?.at(line - 1);
  const endLine = f.location.endLine;
  return {
    ruleId: f.ruleId,
    ruleIndex,
    level: LEVEL[f.severity],
    message: { text: messageOf(f) },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: uriOf(f.location.path), uriBaseId: "%SRCROOT%" },
          region: {
            startLine: line,
            endLine: endLine && endLine >= line ? endLine : void 0,
            startColumn: f.location.startColumn || void 0
          }
        }
      }
    ],
    partialFingerprints: { primaryLocationLineHash: hash2 || void 0, "scan-gate/v2": f.fingerprint },
    suppressions: f.status === "ignored" ? [
      {
        kind: "external",
        justification: clip2(`${f.ignoredBy?.reason ?? ""} (${f.ignoredBy?.source ?? ""})`, 500)
      }
    ] : void 0,
    // The finding's own list: serialised, never changed (nothing reads the results back as objects).
    properties: { "scan-gate/status": f.status, "scan-gate/blocking": f.blocking, "scan-gate/sources": f.sources }
  };
}
function runFor(report, scanner, findings, hashes) {
  const { rules, index } = rulesFor(findings);
  const uriOf = uriMemo();
  const messageOf = messageMemo();
  const version = report.scanners.find((s) => s.id === scanner)?.version;
  const suffix = report.instance === "default" ? "" : `${report.instance}/`;
  const run = {
    tool: {
      driver: {
        name: `scan-gate/${scanner}`,
        ...version ? { version } : {},
        informationUri: "https://github.com/scan-gate/scan-gate",
        rules
      }
    },
    automationDetails: { id: `scan-gate/${scanner}/${suffix}` },
    results: []
  };
  return {
    log: { $schema: "https://json.schemastore.org/sarif-2.1.0.json", version: "2.1.0", runs: [run] },
    findings,
    result: (f) => resultFor(f, index.get(f.ruleId) ?? 0, hashes, uriOf, messageOf)
  };
}
function blockingThenSeverity(findings) {
  const key = new Uint8Array(findings.length);
  const next = new Uint32Array(11);
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    const k = (f.blocking ? 0 : 5) + (4 - SEVERITY_RANK[f.severity]);
    key[i] = k;
    next[k + 1] = next[k + 1] + 1;
  }
  for (let k = 1; k < next.length; k++) next[k] = next[k] + next[k - 1];
  const out = new Array(findings.length);
  for (let i = 0; i < findings.length; i++) {
    const k = key[i];
    out[next[k]] = findings[i];
    next[k] = next[k] + 1;
  }
  return out;
}
function trim(findings, keep, scanner, notes) {
  if (findings.length <= keep) return findings;
  const sorted = blockingThenSeverity(findings);
  const dropped = sorted.slice(keep);
  const bySev = {};
  for (let i = 0; i < dropped.length; i++) {
    const severity = dropped[i].severity;
    bySev[severity] = (bySev[severity] ?? 0) + 1;
  }
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
var RESULTS_PLACEHOLDER = '"results":[]';
var RESULT_BYTES_GUESS = 1024;
function serialise(parts, limit) {
  const head = JSON.stringify(parts.log);
  const open = head.lastIndexOf(RESULTS_PLACEHOLDER) + RESULTS_PLACEHOLDER.length - 2;
  const sink = new ByteSink(void 0, head.length + parts.findings.length * RESULT_BYTES_GUESS);
  appendSplicedJson(sink, head, open, parts.findings, parts.result);
  const bytes2 = sink.bytes();
  if (bytes2.length + 64 <= limit) return { bytes: bytes2, size: bytes2.length };
  let gzip = gzipSync(bytes2, { level: 1 });
  if (gzip.length > limit) gzip = gzipSync(bytes2);
  return { bytes: bytes2, size: gzip.length, gzip };
}
function buildSarifLogs(report, opts) {
  const cache = /* @__PURE__ */ new Map();
  const hashes = (p) => {
    if (!cache.has(p)) {
      const text2 = opts.readFile(p);
      cache.set(p, text2 === void 0 ? void 0 : new LineHashes(text2));
    }
    return cache.get(p);
  };
  const notes = [];
  const logs = [];
  const limit = opts.gzipLimit ?? LIMITS.gzipBytes;
  for (const scanner of [...new Set(opts.scanners)]) {
    let findings = trim(
      report.verdict.findings.filter((f) => sarifScannerOf(f) === scanner),
      LIMITS.resultsPerRun,
      scanner,
      notes
    );
    let out = serialise(runFor(report, scanner, findings, hashes), limit);
    while (out.size > limit && findings.length > 0) {
      findings = trim(findings, Math.floor(findings.length * Math.min(0.9, limit / out.size)), scanner, notes);
      out = serialise(runFor(report, scanner, findings, hashes), limit);
    }
    const suffix = report.instance === "default" ? "" : `-${report.instance}`;
    const { bytes: bytes2, gzip } = out;
    logs.push({
      scanner,
      category: `scan-gate/${scanner}/`,
      file: `${scanner}${suffix}.sarif`,
      get log() {
        return JSON.parse(bytes2.toString());
      },
      bytes: bytes2,
      get text() {
        return bytes2.toString();
      },
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
      const sarif = (entry.gzip ?? gzipSync2(entry.bytes)).toString("base64");
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
      const status = deniedStatus(error);
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
  for (const entry of sarif.logs) replaceFileWith(path6.join(config.outputDir, entry.file), entry.bytes);
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
  if (publish2 && runner.annotate) for (const a of selectAnnotations(report)) runner.annotate(a);
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

// src/findings/append.ts
function appendAll(list, items) {
  for (let i = 0; i < items.length; i++) list.push(items[i]);
}

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
import { closeSync as closeSync3, openSync as openSync3, readFileSync as readFileSync4, readSync, rmSync as rmSync3, statSync as statSync2 } from "node:fs";
import path7 from "node:path";

// src/findings/raw-check.ts
function kindOf(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}
var Problem = class extends Error {
};
var OPTIONAL_TEXTS = ["description", "helpUri", "secretHash", "snippet", "commit", "sourceFirstSeen", "alertUrl"];
var POSITIONS = ["startLine", "endLine", "startColumn", "endColumn"];
function text(owner, key, where, optional) {
  const value = owner[key];
  if (typeof value === "string") return;
  if (optional && (value === void 0 || value === null)) {
    if (value === null) owner[key] = void 0;
    return;
  }
  throw new Problem(`\`${where}${key}\` is ${kindOf(value)}, not text`);
}
function texts(owner, key, where, optional) {
  const value = owner[key];
  if (optional && (value === void 0 || value === null)) {
    if (value === null) owner[key] = void 0;
    return;
  }
  if (!Array.isArray(value)) throw new Problem(`\`${where}${key}\` is ${kindOf(value)}, not a list of texts`);
  const bad = value.findIndex((v) => typeof v !== "string");
  if (bad >= 0) throw new Problem(`\`${where}${key}[${bad}]\` is ${kindOf(value[bad])}, not text`);
}
function position(owner, key, where) {
  const value = owner[key];
  if (value === void 0 || value === null) {
    if (value === null) owner[key] = void 0;
    return;
  }
  if (typeof value !== "number" || !Number.isFinite(value))
    throw new Problem(`\`${where}${key}\` is ${kindOf(value)}, not a number`);
}
function oneOf(owner, key, allowed, where) {
  const value = owner[key];
  if (typeof value !== "string" || !allowed.includes(value))
    throw new Problem(`\`${where}${key}\` is not one of ${allowed.join(", ")}`);
}
function object(owner, key, where, optional) {
  const value = owner[key];
  if (optional && (value === void 0 || value === null)) {
    if (value === null) owner[key] = void 0;
    return void 0;
  }
  if (value === null || typeof value !== "object" || Array.isArray(value))
    throw new Problem(`\`${where}${key}\` is ${kindOf(value)}, not an object`);
  return value;
}
function checkRawFindings(findings) {
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    try {
      text(f, "ruleId", "", false);
      text(f, "title", "", false);
      oneOf(f, "category", CATEGORIES, "");
      oneOf(f, "severity", SEVERITIES, "");
      texts(f, "aliases", "", false);
      for (const key of OPTIONAL_TEXTS) text(f, key, "", true);
      const location2 = object(f, "location", "", false);
      text(location2, "path", "location.", false);
      for (const key of POSITIONS) position(location2, key, "location.");
      const pkg = object(f, "package", "", true);
      if (pkg) {
        text(pkg, "name", "package.", false);
        text(pkg, "version", "package.", true);
        text(pkg, "ecosystem", "package.", true);
        texts(pkg, "fixedVersions", "package.", true);
      }
      const suppressed = object(f, "suppressed", "", true);
      if (suppressed) {
        text(suppressed, "source", "suppressed.", false);
        text(suppressed, "reason", "suppressed.", true);
      }
      if (f.verified !== void 0 && typeof f.verified !== "boolean")
        throw new Problem(`\`verified\` is ${kindOf(f.verified)}, not true or false`);
    } catch (error) {
      if (!(error instanceof Problem)) throw error;
      const rule = typeof f.ruleId === "string" ? ` (${f.ruleId.slice(0, 80)})` : "";
      throw new Error(`finding ${i + 1}${rule}: ${error.message}`);
    }
  }
}

// src/scan/run-process.ts
import { spawn } from "node:child_process";
import { createWriteStream } from "node:fs";
var DEFAULT_OUTPUT_CAP = 512 * 1024 * 1024;
function fromFirstWholeLine(tail2) {
  const newline = tail2.indexOf("\n");
  return newline < 0 ? "" : tail2.slice(newline + 1);
}
var STDERR_TAIL = 64 * 1024;
function stopper(child) {
  let stopping = false;
  return () => {
    if (stopping) return;
    stopping = true;
    if (child.pid !== void 0) signalGroup(child.pid, "SIGTERM");
    setTimeout(() => {
      if (child.pid !== void 0) signalGroup(child.pid, "SIGKILL");
      child.stdout.destroy();
      child.stderr.destroy();
    }, STOP_GRACE_MS).unref();
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
    const release = child.pid === void 0 ? void 0 : holdGroup(child.pid);
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
    let stderrCut = false;
    child.stderr.on("data", (chunk) => {
      const joined = state.stderr + chunk.toString("utf8");
      if (joined.length > STDERR_TAIL) stderrCut = true;
      state.stderr = joined.slice(-STDERR_TAIL);
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
      if (child.pid !== void 0) signalGroup(child.pid, "SIGKILL");
      release?.();
      const { stderr, ...rest } = state;
      const stderrTail = stderrCut ? fromFirstWholeLine(stderr) : stderr;
      const finish = () => resolve({ exitCode, signal, durationMs: Date.now() - started, stderrTail, ...rest });
      if (out.errored || out.destroyed) finish();
      else out.end(finish);
    });
  });
}

// src/scan/run-scanners.ts
function tail(stderr) {
  const lines2 = maskSecrets(stripAnsi(stderr)).trim().split("\n").slice(-20).map((line) => clipText(line, 401)).join("\n");
  return lines2 ? `
${lines2}` : "";
}
var InvocationError = class extends Error {
};
var mb = (bytes2) => `${Math.round(bytes2 / 2 ** 20 * 10) / 10} MB`;
function failureText(r, inv, stdoutFile) {
  if (r.stderrTail.trim() !== "" || inv.output.kind !== "file") return r.stderrTail;
  try {
    const size = statSync2(stdoutFile).size;
    const fd = openSync3(stdoutFile, "r");
    try {
      const buffer = Buffer.alloc(Math.min(size, STDOUT_TAIL_BYTES));
      readSync(fd, buffer, 0, buffer.length, size - buffer.length);
      return buffer.toString("utf8");
    } finally {
      closeSync3(fd);
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
  if (inv.output.kind === "stdout") return readFileSync4(stdoutFile, "utf8");
  const file = reportPath(inv);
  const stat = statSync2(file, { throwIfNoEntry: false });
  const size = stat ? stat.size : -1;
  const code = `exited with code ${result.exitCode}`;
  if (size < 0) throw new InvocationError(`${code} but wrote no report at ${file}${tail(result.stderrTail)}`);
  if (stat && !stat.isFile())
    throw new InvocationError(`${code} but its report ${file} is not a regular file${tail(result.stderrTail)}`);
  if (size === 0) throw new InvocationError(`${code} but its report ${file} is empty${tail(result.stderrTail)}`);
  if (size > limits.outputCap) throw new InvocationError(`report exceeded ${mb(limits.outputCap)}`);
  return readFileSync4(file, "utf8");
}
async function runInvocation(plan, inv, at, limits) {
  const index = at.index;
  const stdoutFile = path7.join(plan.ctx.workDir, `stdout-${index}.txt`);
  const report = reportPath(inv);
  if (report) rmSync3(report, { force: true });
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
  const logged = plan.plugin.logErrors?.(result.stderrTail);
  if (logged) throw new InvocationError(`${logged}${inv.label ? ` (${inv.label})` : ""}`);
  const text2 = readReport(inv, stdoutFile, result, limits);
  const found = parseReport(plan, inv, text2, at.gaps);
  if (found.length === 0 && result.exitCode !== null && (inv.findingsExitCodes ?? []).includes(result.exitCode)) {
    const label = inv.label ? ` (${inv.label})` : "";
    throw new InvocationError(
      `exited with code ${result.exitCode}${label}, which means it found something, but its report lists no finding${tail(result.stderrTail)}`
    );
  }
  return found;
}
function parseReport(plan, inv, text2, gaps) {
  try {
    const found = plan.plugin.parse(text2, {
      root: plan.ctx.root,
      workspace: plan.ctx.workspace,
      policy: plan.ctx.policy,
      label: inv.label,
      gaps
    });
    checkRawFindings(found);
    return found;
  } catch (error) {
    const said = () => clipText(maskSecrets(error.message), 300);
    const why = error instanceof SyntaxError ? describeJsonError(error) : error instanceof ScannerError || !(error instanceof TypeError || error instanceof RangeError) ? said() : (
      // A parser reading a value of another type than the scanner documents (a string for a list):
      // say that first, the runtime's own words after it.
      `a value in its report has another type than the scanner documents (${said()})`
    );
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
    else appendAll(raw, found);
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
import { readFileSync as readFileSync5 } from "node:fs";
import path8 from "node:path";
function refuseLinkOut(workspace, file, display) {
  if (isInside(workspace, file) && !resolvesInside(workspace, file)) {
    throw new ConfigError(
      `Input \`sarif-files\`: ${display} is a symbolic link (or inside a linked folder) that leads outside the workspace; refusing to read it.`
    );
  }
}
function refuseSpecialFile(file, display) {
  if (!isRegularFile(file)) {
    throw new ConfigError(
      `Input \`sarif-files\`: ${display} is not a regular file (a FIFO, socket or device, or a link to one); refusing to read it.`
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
    refuseSpecialFile(file, display);
    const log = parseSarifText(readFileSync5(file, "utf8"), display);
    appendAll(findings, parseSarifLog(log, { ...opts.ctx, label: display }));
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
    sourceFirstSeen: isoDate(a.created_at),
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
    sourceFirstSeen: isoDate(a.created_at),
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
    sourceFirstSeen: isoDate(a.created_at),
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
function unreadableMessage(plugin, error) {
  return `cannot read ${plugin.displayName} (${describeApiError(error)}): it needs ${plugin.permission}, and the feature enabled for the repository`;
}
async function runOne2(plugin, o, api) {
  const started = Date.now();
  const base = { id: plugin.id, install: "GitHub API" };
  try {
    const read = await plugin.read(api, o.ctx);
    const out = plugin.parse(read.items, o.ctx);
    const durationMs = Date.now() - started;
    const warning = read.warning ? maskedLine(read.warning, 500) : void 0;
    if (warning) o.notice(`${plugin.id}: ${warning}`);
    const note = [out.note, warning].filter(Boolean).join("; ") || void 0;
    o.log(`${plugin.id}: ${out.raw.length} finding(s) from the GitHub API in ${(durationMs / 1e3).toFixed(1)}s`);
    const run = { ...base, status: "ok", durationMs, findings: out.raw.length, note };
    return { raw: out.raw, run };
  } catch (error) {
    const durationMs = Date.now() - started;
    if (deniedStatus(error) !== void 0) {
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
    const why = statusOf(error) !== void 0 ? describeApiError(error) : maskedLine(error.message, 300);
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
  const settled = await Promise.allSettled(tools.map((id) => installOne(opts, id, git)));
  const failed = settled.find((s) => s.status === "rejected");
  if (failed) throw failed.reason;
  const installs = settled.map((s) => s.value);
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
    appendAll(raw, r.raw);
    for (const gap of r.gaps ?? []) warnings.push(`${r.id} did not analyse everything: ${gap}`);
  }
  if (selected.includes("sarif")) appendAll(raw, await ingestSarif(config, runs));
  appendAll(raw, fromSources.raw);
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
    const text2 = stripAnsi(error.message);
    const reason = (error instanceof InstallRefusal ? text2 : maskSecrets(text2)).replace(/\.$/, "");
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
import path11 from "node:path";

// src/shard/load-shards.ts
import { constants } from "node:buffer";
import { lstatSync, readFileSync as readFileSync6 } from "node:fs";
import path10 from "node:path";

// src/shard/shard.validator.js
var __ajvNs0 = __toESM(require_formats(), 1);
var __ajvNs1 = __toESM(require_ucs2length(), 1);
var __ajvRuntime0 = cjs(__ajvNs0);
var __ajvRuntime1 = cjs(__ajvNs1);
function cjs(ns) {
  const d = ns.default;
  return d !== null && typeof d === "object" ? d : ns;
}
var shard_validator_default = validate10;
var schema15 = { "type": "object", "required": ["id", "status", "durationMs", "findings"], "$comment": "A run that carries an error is an error run: a shard claiming ok (or skipped) with an error is refused, not passed.", "if": { "required": ["error"] }, "then": { "properties": { "status": { "const": "error" } } }, "properties": { "id": { "type": "string", "minLength": 1 }, "version": { "type": "string" }, "status": { "enum": ["ok", "error", "skipped"] }, "durationMs": { "type": "number", "minimum": 0 }, "error": { "type": "string" }, "findings": { "type": "integer", "minimum": 0 }, "install": { "type": "string" }, "dbAgeHours": { "type": "number" }, "note": { "type": "string" } } };
var pattern0 = new RegExp("^[A-Za-z0-9_.-]{1,64}$", "u");
var pattern1 = new RegExp("^[A-Za-z0-9_.+-]{1,64}$", "u");
var pattern2 = new RegExp("^[0-9a-fA-F]{0,64}$", "u");
var pattern3 = new RegExp("^sha256:[0-9a-f]{64}$", "u");
var formats0 = __ajvRuntime0.fullFormats["date-time"];
var schema12 = { "type": "object", "required": ["scanner", "sources", "ruleId", "aliases", "category", "severity", "title", "location", "fingerprint"], "properties": { "scanner": { "type": "string", "minLength": 1 }, "sources": { "type": "array", "minItems": 1, "items": { "type": "string" } }, "ruleId": { "type": "string" }, "aliases": { "type": "array", "items": { "type": "string" } }, "category": { "enum": ["secret", "vulnerability", "misconfiguration", "code", "license"] }, "severity": { "$ref": "#/definitions/severity" }, "title": { "type": "string" }, "description": { "type": "string" }, "helpUri": { "type": "string" }, "location": { "type": "object", "required": ["path"], "properties": { "path": { "type": "string" }, "startLine": { "type": "integer", "minimum": 1 }, "endLine": { "type": "integer", "minimum": 1 }, "startColumn": { "type": "integer", "minimum": 1 }, "endColumn": { "type": "integer", "minimum": 1 } } }, "package": { "type": "object", "required": ["name"], "properties": { "name": { "type": "string" }, "version": { "type": "string" }, "ecosystem": { "type": "string" }, "fixedVersions": { "type": "array", "items": { "type": "string" } } } }, "fingerprint": { "type": "string", "minLength": 1 }, "ruleReport": { "type": "object", "required": ["scanner", "severity"], "properties": { "scanner": { "type": "string", "minLength": 1 }, "severity": { "$ref": "#/definitions/severity" } } }, "verified": { "type": "boolean" }, "suppressed": { "type": "object", "required": ["source"], "properties": { "source": { "type": "string" }, "reason": { "type": "string" } } } } };
var schema13 = { "enum": ["critical", "high", "medium", "low", "unknown"] };
var func2 = __ajvRuntime1.default;
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.scanner === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "scanner" }, message: "must have required property 'scanner'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.sources === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "sources" }, message: "must have required property 'sources'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.ruleId === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "ruleId" }, message: "must have required property 'ruleId'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.aliases === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "aliases" }, message: "must have required property 'aliases'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.category === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "category" }, message: "must have required property 'category'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.severity === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "severity" }, message: "must have required property 'severity'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.title === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.location === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "location" }, message: "must have required property 'location'" };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.fingerprint === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "fingerprint" }, message: "must have required property 'fingerprint'" };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.scanner !== void 0) {
      let data0 = data.scanner;
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err9 = { instancePath: instancePath + "/scanner", schemaPath: "#/properties/scanner/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/scanner", schemaPath: "#/properties/scanner/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.sources !== void 0) {
      let data1 = data.sources;
      if (Array.isArray(data1)) {
        if (data1.length < 1) {
          const err11 = { instancePath: instancePath + "/sources", schemaPath: "#/properties/sources/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data1[i0] !== "string") {
            const err12 = { instancePath: instancePath + "/sources/" + i0, schemaPath: "#/properties/sources/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
      } else {
        const err13 = { instancePath: instancePath + "/sources", schemaPath: "#/properties/sources/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.ruleId !== void 0) {
      if (typeof data.ruleId !== "string") {
        const err14 = { instancePath: instancePath + "/ruleId", schemaPath: "#/properties/ruleId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.aliases !== void 0) {
      let data4 = data.aliases;
      if (Array.isArray(data4)) {
        const len1 = data4.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (typeof data4[i1] !== "string") {
            const err15 = { instancePath: instancePath + "/aliases/" + i1, schemaPath: "#/properties/aliases/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
      } else {
        const err16 = { instancePath: instancePath + "/aliases", schemaPath: "#/properties/aliases/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.category !== void 0) {
      let data6 = data.category;
      if (!(data6 === "secret" || data6 === "vulnerability" || data6 === "misconfiguration" || data6 === "code" || data6 === "license")) {
        const err17 = { instancePath: instancePath + "/category", schemaPath: "#/properties/category/enum", keyword: "enum", params: { allowedValues: schema12.properties.category.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.severity !== void 0) {
      let data7 = data.severity;
      if (!(data7 === "critical" || data7 === "high" || data7 === "medium" || data7 === "low" || data7 === "unknown")) {
        const err18 = { instancePath: instancePath + "/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      if (typeof data.title !== "string") {
        const err19 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      if (typeof data.description !== "string") {
        const err20 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.helpUri !== void 0) {
      if (typeof data.helpUri !== "string") {
        const err21 = { instancePath: instancePath + "/helpUri", schemaPath: "#/properties/helpUri/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.location !== void 0) {
      let data11 = data.location;
      if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
        if (data11.path === void 0) {
          const err22 = { instancePath: instancePath + "/location", schemaPath: "#/properties/location/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        if (data11.path !== void 0) {
          if (typeof data11.path !== "string") {
            const err23 = { instancePath: instancePath + "/location/path", schemaPath: "#/properties/location/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data11.startLine !== void 0) {
          let data13 = data11.startLine;
          if (!(typeof data13 == "number" && (!(data13 % 1) && !isNaN(data13)))) {
            const err24 = { instancePath: instancePath + "/location/startLine", schemaPath: "#/properties/location/properties/startLine/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
          if (typeof data13 == "number") {
            if (data13 < 1 || isNaN(data13)) {
              const err25 = { instancePath: instancePath + "/location/startLine", schemaPath: "#/properties/location/properties/startLine/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
          }
        }
        if (data11.endLine !== void 0) {
          let data14 = data11.endLine;
          if (!(typeof data14 == "number" && (!(data14 % 1) && !isNaN(data14)))) {
            const err26 = { instancePath: instancePath + "/location/endLine", schemaPath: "#/properties/location/properties/endLine/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
          if (typeof data14 == "number") {
            if (data14 < 1 || isNaN(data14)) {
              const err27 = { instancePath: instancePath + "/location/endLine", schemaPath: "#/properties/location/properties/endLine/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
          }
        }
        if (data11.startColumn !== void 0) {
          let data15 = data11.startColumn;
          if (!(typeof data15 == "number" && (!(data15 % 1) && !isNaN(data15)))) {
            const err28 = { instancePath: instancePath + "/location/startColumn", schemaPath: "#/properties/location/properties/startColumn/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
          if (typeof data15 == "number") {
            if (data15 < 1 || isNaN(data15)) {
              const err29 = { instancePath: instancePath + "/location/startColumn", schemaPath: "#/properties/location/properties/startColumn/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
          }
        }
        if (data11.endColumn !== void 0) {
          let data16 = data11.endColumn;
          if (!(typeof data16 == "number" && (!(data16 % 1) && !isNaN(data16)))) {
            const err30 = { instancePath: instancePath + "/location/endColumn", schemaPath: "#/properties/location/properties/endColumn/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
          if (typeof data16 == "number") {
            if (data16 < 1 || isNaN(data16)) {
              const err31 = { instancePath: instancePath + "/location/endColumn", schemaPath: "#/properties/location/properties/endColumn/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
          }
        }
      } else {
        const err32 = { instancePath: instancePath + "/location", schemaPath: "#/properties/location/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data.package !== void 0) {
      let data17 = data.package;
      if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
        if (data17.name === void 0) {
          const err33 = { instancePath: instancePath + "/package", schemaPath: "#/properties/package/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
        if (data17.name !== void 0) {
          if (typeof data17.name !== "string") {
            const err34 = { instancePath: instancePath + "/package/name", schemaPath: "#/properties/package/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
        if (data17.version !== void 0) {
          if (typeof data17.version !== "string") {
            const err35 = { instancePath: instancePath + "/package/version", schemaPath: "#/properties/package/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
        if (data17.ecosystem !== void 0) {
          if (typeof data17.ecosystem !== "string") {
            const err36 = { instancePath: instancePath + "/package/ecosystem", schemaPath: "#/properties/package/properties/ecosystem/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
        }
        if (data17.fixedVersions !== void 0) {
          let data21 = data17.fixedVersions;
          if (Array.isArray(data21)) {
            const len2 = data21.length;
            for (let i2 = 0; i2 < len2; i2++) {
              if (typeof data21[i2] !== "string") {
                const err37 = { instancePath: instancePath + "/package/fixedVersions/" + i2, schemaPath: "#/properties/package/properties/fixedVersions/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
            }
          } else {
            const err38 = { instancePath: instancePath + "/package/fixedVersions", schemaPath: "#/properties/package/properties/fixedVersions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
        }
      } else {
        const err39 = { instancePath: instancePath + "/package", schemaPath: "#/properties/package/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
    }
    if (data.fingerprint !== void 0) {
      let data23 = data.fingerprint;
      if (typeof data23 === "string") {
        if (func2(data23) < 1) {
          const err40 = { instancePath: instancePath + "/fingerprint", schemaPath: "#/properties/fingerprint/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err40];
          } else {
            vErrors.push(err40);
          }
          errors++;
        }
      } else {
        const err41 = { instancePath: instancePath + "/fingerprint", schemaPath: "#/properties/fingerprint/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
    }
    if (data.ruleReport !== void 0) {
      let data24 = data.ruleReport;
      if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
        if (data24.scanner === void 0) {
          const err42 = { instancePath: instancePath + "/ruleReport", schemaPath: "#/properties/ruleReport/required", keyword: "required", params: { missingProperty: "scanner" }, message: "must have required property 'scanner'" };
          if (vErrors === null) {
            vErrors = [err42];
          } else {
            vErrors.push(err42);
          }
          errors++;
        }
        if (data24.severity === void 0) {
          const err43 = { instancePath: instancePath + "/ruleReport", schemaPath: "#/properties/ruleReport/required", keyword: "required", params: { missingProperty: "severity" }, message: "must have required property 'severity'" };
          if (vErrors === null) {
            vErrors = [err43];
          } else {
            vErrors.push(err43);
          }
          errors++;
        }
        if (data24.scanner !== void 0) {
          let data25 = data24.scanner;
          if (typeof data25 === "string") {
            if (func2(data25) < 1) {
              const err44 = { instancePath: instancePath + "/ruleReport/scanner", schemaPath: "#/properties/ruleReport/properties/scanner/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
          } else {
            const err45 = { instancePath: instancePath + "/ruleReport/scanner", schemaPath: "#/properties/ruleReport/properties/scanner/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
        }
        if (data24.severity !== void 0) {
          let data26 = data24.severity;
          if (!(data26 === "critical" || data26 === "high" || data26 === "medium" || data26 === "low" || data26 === "unknown")) {
            const err46 = { instancePath: instancePath + "/ruleReport/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err46];
            } else {
              vErrors.push(err46);
            }
            errors++;
          }
        }
      } else {
        const err47 = { instancePath: instancePath + "/ruleReport", schemaPath: "#/properties/ruleReport/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err47];
        } else {
          vErrors.push(err47);
        }
        errors++;
      }
    }
    if (data.verified !== void 0) {
      if (typeof data.verified !== "boolean") {
        const err48 = { instancePath: instancePath + "/verified", schemaPath: "#/properties/verified/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err48];
        } else {
          vErrors.push(err48);
        }
        errors++;
      }
    }
    if (data.suppressed !== void 0) {
      let data28 = data.suppressed;
      if (data28 && typeof data28 == "object" && !Array.isArray(data28)) {
        if (data28.source === void 0) {
          const err49 = { instancePath: instancePath + "/suppressed", schemaPath: "#/properties/suppressed/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'" };
          if (vErrors === null) {
            vErrors = [err49];
          } else {
            vErrors.push(err49);
          }
          errors++;
        }
        if (data28.source !== void 0) {
          if (typeof data28.source !== "string") {
            const err50 = { instancePath: instancePath + "/suppressed/source", schemaPath: "#/properties/suppressed/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
        }
        if (data28.reason !== void 0) {
          if (typeof data28.reason !== "string") {
            const err51 = { instancePath: instancePath + "/suppressed/reason", schemaPath: "#/properties/suppressed/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
        }
      } else {
        const err52 = { instancePath: instancePath + "/suppressed", schemaPath: "#/properties/suppressed/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err52];
        } else {
          vErrors.push(err52);
        }
        errors++;
      }
    }
  } else {
    const err53 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err53];
    } else {
      vErrors.push(err53);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.format === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "format" }, message: "must have required property 'format'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.formatVersion === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "formatVersion" }, message: "must have required property 'formatVersion'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.shard === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "shard" }, message: "must have required property 'shard'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.toolVersion === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "toolVersion" }, message: "must have required property 'toolVersion'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.sha === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "sha" }, message: "must have required property 'sha'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.policyHash === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "policyHash" }, message: "must have required property 'policyHash'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.instance === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "instance" }, message: "must have required property 'instance'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.createdAt === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "createdAt" }, message: "must have required property 'createdAt'" };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.path === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.findings === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "findings" }, message: "must have required property 'findings'" };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.runs === void 0) {
      const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "runs" }, message: "must have required property 'runs'" };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    if (data.nativeIgnores === void 0) {
      const err11 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "nativeIgnores" }, message: "must have required property 'nativeIgnores'" };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
    if (data.warnings === void 0) {
      const err12 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "warnings" }, message: "must have required property 'warnings'" };
      if (vErrors === null) {
        vErrors = [err12];
      } else {
        vErrors.push(err12);
      }
      errors++;
    }
    if (data.format !== void 0) {
      if ("scan-gate-shard" !== data.format) {
        const err13 = { instancePath: instancePath + "/format", schemaPath: "#/properties/format/const", keyword: "const", params: { allowedValue: "scan-gate-shard" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.formatVersion !== void 0) {
      if (1 !== data.formatVersion) {
        const err14 = { instancePath: instancePath + "/formatVersion", schemaPath: "#/properties/formatVersion/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.shard !== void 0) {
      let data2 = data.shard;
      if (typeof data2 === "string") {
        if (!pattern0.test(data2)) {
          const err15 = { instancePath: instancePath + "/shard", schemaPath: "#/properties/shard/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_.-]{1,64}$" }, message: 'must match pattern "^[A-Za-z0-9_.-]{1,64}$"' };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = { instancePath: instancePath + "/shard", schemaPath: "#/properties/shard/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.toolVersion !== void 0) {
      let data3 = data.toolVersion;
      if (typeof data3 === "string") {
        if (!pattern1.test(data3)) {
          const err17 = { instancePath: instancePath + "/toolVersion", schemaPath: "#/properties/toolVersion/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_.+-]{1,64}$" }, message: 'must match pattern "^[A-Za-z0-9_.+-]{1,64}$"' };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = { instancePath: instancePath + "/toolVersion", schemaPath: "#/properties/toolVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.sha !== void 0) {
      let data4 = data.sha;
      if (typeof data4 === "string") {
        if (!pattern2.test(data4)) {
          const err19 = { instancePath: instancePath + "/sha", schemaPath: "#/properties/sha/pattern", keyword: "pattern", params: { pattern: "^[0-9a-fA-F]{0,64}$" }, message: 'must match pattern "^[0-9a-fA-F]{0,64}$"' };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      } else {
        const err20 = { instancePath: instancePath + "/sha", schemaPath: "#/properties/sha/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.policyHash !== void 0) {
      let data5 = data.policyHash;
      if (typeof data5 === "string") {
        if (!pattern3.test(data5)) {
          const err21 = { instancePath: instancePath + "/policyHash", schemaPath: "#/properties/policyHash/pattern", keyword: "pattern", params: { pattern: "^sha256:[0-9a-f]{64}$" }, message: 'must match pattern "^sha256:[0-9a-f]{64}$"' };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      } else {
        const err22 = { instancePath: instancePath + "/policyHash", schemaPath: "#/properties/policyHash/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.instance !== void 0) {
      let data6 = data.instance;
      if (typeof data6 === "string") {
        if (!pattern0.test(data6)) {
          const err23 = { instancePath: instancePath + "/instance", schemaPath: "#/properties/instance/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_.-]{1,64}$" }, message: 'must match pattern "^[A-Za-z0-9_.-]{1,64}$"' };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
      } else {
        const err24 = { instancePath: instancePath + "/instance", schemaPath: "#/properties/instance/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.createdAt !== void 0) {
      let data7 = data.createdAt;
      if (typeof data7 === "string") {
        if (!formats0.validate(data7)) {
          const err25 = { instancePath: instancePath + "/createdAt", schemaPath: "#/properties/createdAt/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
      } else {
        const err26 = { instancePath: instancePath + "/createdAt", schemaPath: "#/properties/createdAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.path !== void 0) {
      if (typeof data.path !== "string") {
        const err27 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.range !== void 0) {
      let data9 = data.range;
      if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
        if (data9.description === void 0) {
          const err28 = { instancePath: instancePath + "/range", schemaPath: "#/properties/range/required", keyword: "required", params: { missingProperty: "description" }, message: "must have required property 'description'" };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
        if (data9.description !== void 0) {
          if (typeof data9.description !== "string") {
            const err29 = { instancePath: instancePath + "/range/description", schemaPath: "#/properties/range/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
        if (data9.commitCount !== void 0) {
          let data11 = data9.commitCount;
          if (!(typeof data11 == "number" && (!(data11 % 1) && !isNaN(data11)))) {
            const err30 = { instancePath: instancePath + "/range/commitCount", schemaPath: "#/properties/range/properties/commitCount/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
          if (typeof data11 == "number") {
            if (data11 < 0 || isNaN(data11)) {
              const err31 = { instancePath: instancePath + "/range/commitCount", schemaPath: "#/properties/range/properties/commitCount/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
          }
        }
        if (data9.warning !== void 0) {
          if (typeof data9.warning !== "string") {
            const err32 = { instancePath: instancePath + "/range/warning", schemaPath: "#/properties/range/properties/warning/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
      } else {
        const err33 = { instancePath: instancePath + "/range", schemaPath: "#/properties/range/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    if (data.findings !== void 0) {
      let data13 = data.findings;
      if (Array.isArray(data13)) {
        const len0 = data13.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate11(data13[i0], { instancePath: instancePath + "/findings/" + i0, parentData: data13, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err34 = { instancePath: instancePath + "/findings", schemaPath: "#/properties/findings/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
    if (data.runs !== void 0) {
      let data15 = data.runs;
      if (Array.isArray(data15)) {
        const len1 = data15.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data16 = data15[i1];
          const _errs34 = errors;
          let valid7 = true;
          const _errs35 = errors;
          if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
            let missing0;
            if (data16.error === void 0 && (missing0 = "error")) {
              const err35 = {};
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
            }
          }
          var _valid0 = _errs35 === errors;
          errors = _errs34;
          if (vErrors !== null) {
            if (_errs34) {
              vErrors.length = _errs34;
            } else {
              vErrors = null;
            }
          }
          if (_valid0) {
            const _errs36 = errors;
            if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
              if (data16.status !== void 0) {
                if ("error" !== data16.status) {
                  const err36 = { instancePath: instancePath + "/runs/" + i1 + "/status", schemaPath: "#/definitions/run/then/properties/status/const", keyword: "const", params: { allowedValue: "error" }, message: "must be equal to constant" };
                  if (vErrors === null) {
                    vErrors = [err36];
                  } else {
                    vErrors.push(err36);
                  }
                  errors++;
                }
              }
            }
            var _valid0 = _errs36 === errors;
            valid7 = _valid0;
          }
          if (!valid7) {
            const err37 = { instancePath: instancePath + "/runs/" + i1, schemaPath: "#/definitions/run/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
          if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
            if (data16.id === void 0) {
              const err38 = { instancePath: instancePath + "/runs/" + i1, schemaPath: "#/definitions/run/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
            }
            if (data16.status === void 0) {
              const err39 = { instancePath: instancePath + "/runs/" + i1, schemaPath: "#/definitions/run/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'" };
              if (vErrors === null) {
                vErrors = [err39];
              } else {
                vErrors.push(err39);
              }
              errors++;
            }
            if (data16.durationMs === void 0) {
              const err40 = { instancePath: instancePath + "/runs/" + i1, schemaPath: "#/definitions/run/required", keyword: "required", params: { missingProperty: "durationMs" }, message: "must have required property 'durationMs'" };
              if (vErrors === null) {
                vErrors = [err40];
              } else {
                vErrors.push(err40);
              }
              errors++;
            }
            if (data16.findings === void 0) {
              const err41 = { instancePath: instancePath + "/runs/" + i1, schemaPath: "#/definitions/run/required", keyword: "required", params: { missingProperty: "findings" }, message: "must have required property 'findings'" };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
            if (data16.id !== void 0) {
              let data18 = data16.id;
              if (typeof data18 === "string") {
                if (func2(data18) < 1) {
                  const err42 = { instancePath: instancePath + "/runs/" + i1 + "/id", schemaPath: "#/definitions/run/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err42];
                  } else {
                    vErrors.push(err42);
                  }
                  errors++;
                }
              } else {
                const err43 = { instancePath: instancePath + "/runs/" + i1 + "/id", schemaPath: "#/definitions/run/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
              }
            }
            if (data16.version !== void 0) {
              if (typeof data16.version !== "string") {
                const err44 = { instancePath: instancePath + "/runs/" + i1 + "/version", schemaPath: "#/definitions/run/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err44];
                } else {
                  vErrors.push(err44);
                }
                errors++;
              }
            }
            if (data16.status !== void 0) {
              let data20 = data16.status;
              if (!(data20 === "ok" || data20 === "error" || data20 === "skipped")) {
                const err45 = { instancePath: instancePath + "/runs/" + i1 + "/status", schemaPath: "#/definitions/run/properties/status/enum", keyword: "enum", params: { allowedValues: schema15.properties.status.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err45];
                } else {
                  vErrors.push(err45);
                }
                errors++;
              }
            }
            if (data16.durationMs !== void 0) {
              let data21 = data16.durationMs;
              if (typeof data21 == "number") {
                if (data21 < 0 || isNaN(data21)) {
                  const err46 = { instancePath: instancePath + "/runs/" + i1 + "/durationMs", schemaPath: "#/definitions/run/properties/durationMs/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err46];
                  } else {
                    vErrors.push(err46);
                  }
                  errors++;
                }
              } else {
                const err47 = { instancePath: instancePath + "/runs/" + i1 + "/durationMs", schemaPath: "#/definitions/run/properties/durationMs/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err47];
                } else {
                  vErrors.push(err47);
                }
                errors++;
              }
            }
            if (data16.error !== void 0) {
              if (typeof data16.error !== "string") {
                const err48 = { instancePath: instancePath + "/runs/" + i1 + "/error", schemaPath: "#/definitions/run/properties/error/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              }
            }
            if (data16.findings !== void 0) {
              let data23 = data16.findings;
              if (!(typeof data23 == "number" && (!(data23 % 1) && !isNaN(data23)))) {
                const err49 = { instancePath: instancePath + "/runs/" + i1 + "/findings", schemaPath: "#/definitions/run/properties/findings/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
              if (typeof data23 == "number") {
                if (data23 < 0 || isNaN(data23)) {
                  const err50 = { instancePath: instancePath + "/runs/" + i1 + "/findings", schemaPath: "#/definitions/run/properties/findings/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err50];
                  } else {
                    vErrors.push(err50);
                  }
                  errors++;
                }
              }
            }
            if (data16.install !== void 0) {
              if (typeof data16.install !== "string") {
                const err51 = { instancePath: instancePath + "/runs/" + i1 + "/install", schemaPath: "#/definitions/run/properties/install/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err51];
                } else {
                  vErrors.push(err51);
                }
                errors++;
              }
            }
            if (data16.dbAgeHours !== void 0) {
              if (!(typeof data16.dbAgeHours == "number")) {
                const err52 = { instancePath: instancePath + "/runs/" + i1 + "/dbAgeHours", schemaPath: "#/definitions/run/properties/dbAgeHours/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err52];
                } else {
                  vErrors.push(err52);
                }
                errors++;
              }
            }
            if (data16.note !== void 0) {
              if (typeof data16.note !== "string") {
                const err53 = { instancePath: instancePath + "/runs/" + i1 + "/note", schemaPath: "#/definitions/run/properties/note/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err53];
                } else {
                  vErrors.push(err53);
                }
                errors++;
              }
            }
          } else {
            const err54 = { instancePath: instancePath + "/runs/" + i1, schemaPath: "#/definitions/run/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err54];
            } else {
              vErrors.push(err54);
            }
            errors++;
          }
        }
      } else {
        const err55 = { instancePath: instancePath + "/runs", schemaPath: "#/properties/runs/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err55];
        } else {
          vErrors.push(err55);
        }
        errors++;
      }
    }
    if (data.nativeIgnores !== void 0) {
      let data27 = data.nativeIgnores;
      if (Array.isArray(data27)) {
        const len2 = data27.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data28 = data27[i2];
          if (data28 && typeof data28 == "object" && !Array.isArray(data28)) {
            if (data28.file === void 0) {
              const err56 = { instancePath: instancePath + "/nativeIgnores/" + i2, schemaPath: "#/properties/nativeIgnores/items/required", keyword: "required", params: { missingProperty: "file" }, message: "must have required property 'file'" };
              if (vErrors === null) {
                vErrors = [err56];
              } else {
                vErrors.push(err56);
              }
              errors++;
            }
            if (data28.scanner === void 0) {
              const err57 = { instancePath: instancePath + "/nativeIgnores/" + i2, schemaPath: "#/properties/nativeIgnores/items/required", keyword: "required", params: { missingProperty: "scanner" }, message: "must have required property 'scanner'" };
              if (vErrors === null) {
                vErrors = [err57];
              } else {
                vErrors.push(err57);
              }
              errors++;
            }
            if (data28.source === void 0) {
              const err58 = { instancePath: instancePath + "/nativeIgnores/" + i2, schemaPath: "#/properties/nativeIgnores/items/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'" };
              if (vErrors === null) {
                vErrors = [err58];
              } else {
                vErrors.push(err58);
              }
              errors++;
            }
          } else {
            const err59 = { instancePath: instancePath + "/nativeIgnores/" + i2, schemaPath: "#/properties/nativeIgnores/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err59];
            } else {
              vErrors.push(err59);
            }
            errors++;
          }
        }
      } else {
        const err60 = { instancePath: instancePath + "/nativeIgnores", schemaPath: "#/properties/nativeIgnores/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err60];
        } else {
          vErrors.push(err60);
        }
        errors++;
      }
    }
    if (data.warnings !== void 0) {
      let data29 = data.warnings;
      if (Array.isArray(data29)) {
        const len3 = data29.length;
        for (let i3 = 0; i3 < len3; i3++) {
          if (typeof data29[i3] !== "string") {
            const err61 = { instancePath: instancePath + "/warnings/" + i3, schemaPath: "#/properties/warnings/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err61];
            } else {
              vErrors.push(err61);
            }
            errors++;
          }
        }
      } else {
        const err62 = { instancePath: instancePath + "/warnings", schemaPath: "#/properties/warnings/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err62];
        } else {
          vErrors.push(err62);
        }
        errors++;
      }
    }
  } else {
    const err63 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err63];
    } else {
      vErrors.push(err63);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}

// src/shard/shard-file.ts
var SHARD_FILE = "shard.json";
var SHARD_FORMAT = "scan-gate-shard";
var SHARD_FORMAT_VERSION = 1;
function policyHash(policy) {
  return `sha256:${policySha256(policy)}`;
}

// src/shard/load-shards.ts
var MAX_SHARD_BYTES = constants.MAX_STRING_LENGTH;
var validateShard = shard_validator_default;
function describeErrors(errors) {
  return (errors ?? []).slice(0, 3).map((e) => `${e.instancePath || "(top level)"} ${e.message ?? "is invalid"}`).join("; ");
}
function readShard(folder, validate) {
  const file = path10.join(folder, SHARD_FILE);
  let text2;
  try {
    const stat = lstatSync(file);
    if (!stat.isFile()) return `${file} is not a regular file (links are not followed)`;
    if (stat.size > MAX_SHARD_BYTES) return `${file} is larger than ${MAX_SHARD_BYTES} bytes`;
    text2 = readFileSync6(file, "utf8");
  } catch {
    return `${folder} holds no ${SHARD_FILE} \u2014 not a shard result folder (was the shard's output-dir uploaded?)`;
  }
  let data;
  try {
    data = JSON.parse(text2);
  } catch {
    return `${file} is not valid JSON (truncated or corrupt upload?)`;
  }
  if (!validate(data)) return `${file} does not match the shard schema: ${describeErrors(validate.errors)}`;
  const unknown = data.runs.find((r) => !isScannerId(r.id)) ?? data.findings.find(
    (f) => !isScannerId(f.scanner) || f.ruleReport !== void 0 && (!isScannerId(f.ruleReport.scanner) || isSourceId(f.ruleReport.scanner))
  );
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
  const problems = [];
  const byName = /* @__PURE__ */ new Map();
  for (const folder of folders) {
    const shard = readShard(folder, validateShard);
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
  replaceFileWith(file, `${JSON.stringify(shard)}
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
  const releaseWorkRoot = holdFolder(opts.workRoot, { keep: opts.keepWorkRoot });
  try {
    refuseUntrustedHead(config, event);
    release = prepareOutputDir({ dir: config.outputDir, instance: config.instance, run: opts.runKey });
    return await scanEvaluateReport(opts, startedAt);
  } finally {
    release?.();
    await adapters.finish();
    removeWorkRoot(opts, adapters.runner);
    releaseWorkRoot();
  }
}
function removeWorkRoot(opts, runner) {
  if (opts.keepWorkRoot) {
    runner.info(`Debug logging is on: the scanners' raw outputs are kept in ${opts.workRoot} (they may hold secrets).`);
    return;
  }
  try {
    rmSync4(opts.workRoot, { recursive: true, force: true });
  } catch (error) {
    runner.warning(`Could not delete the scanners' raw outputs in ${opts.workRoot}: ${error.message}`);
  }
}
async function collectFindings(opts, sources, baseline) {
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
  const nativeIgnores = loadNativeIgnores(config.path);
  const legacy = mayHoldLegacyFingerprints(config, baseline, nativeIgnores);
  return {
    // The scan's raw findings are not used again: they become the findings instead of being copied.
    findings: normaliseFindings(scan.raw, config.workspace, sources, { owned: true, legacy }),
    runs: scan.runs,
    range: scan.range,
    warnings: [...eventWarnings, ...scan.warnings],
    nativeIgnores,
    problems: []
  };
}
var FINGERPRINT = /^[0-9a-f]{64}$/i;
function mayHoldLegacyFingerprints(config, baseline, nativeIgnores) {
  if (config.shards.kind === "shard") return true;
  if (baseline !== void 0 && Object.keys(baseline.entries).length > 0) return true;
  return [...config.policy.ignores, ...nativeIgnores].some((r) => r.id !== void 0 && FINGERPRINT.test(r.id));
}
function cleanCollected(c) {
  return {
    ...c,
    findings: cleanFindingsText(c.findings),
    runs: c.runs.map(cleanRunText),
    warnings: c.warnings.map(stripAnsi)
  };
}
async function scanEvaluateReport(opts, startedAt) {
  const { config, event, adapters } = opts;
  const sources = new SourceFiles(config.workspace);
  const shard = config.shards.kind === "shard" ? config.shards.name : void 0;
  const branch = baselineBranch(event);
  const baseline = shard ? void 0 : await restoreBaseline(adapters, config, branch);
  const collected = cleanCollected(await collectFindings(opts, sources, baseline));
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
    now: startedAt,
    // A shard writes its unevaluated findings to shard.json afterwards; otherwise they are not used again.
    owned: !shard
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
  runGate,
  mayHoldLegacyFingerprints
};
