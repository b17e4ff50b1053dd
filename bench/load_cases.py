#!/usr/bin/env python3
"""Loads generated cases into a running HROS through its public API.

For each case: POST /api/v1/cases (author token), POST /api/v1/cases/{id}/submit (author token),
POST /api/v1/cases/{id}/publish (editor token). Cases are generated deterministically (fixed seed):
a mix of case studies (8 sections) and Sparks (5 sections) of about 100-200 words per section, with
varied outcomes, topics, skills, context and attribution.

Usage: load_cases.py BASE_URL COUNT PARALLEL EDITOR_TOKEN AUTHOR_TOKEN [AUTHOR_TOKEN ...]
Prints one summary line; exits non-zero if any case failed to load.
"""

import json
import random
import sys
import threading
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor

TOPICS = ["employer-brand", "sourcing", "candidate-experience", "careers-site", "technical-copywriting",
          "talent-marketing", "recruiting-analytics", "onboarding", "dei", "interviewing"]
SKILLS = ["writing", "html-css", "data-analysis", "social-media", "video-production", "evp-design",
          "stakeholder-management", "structured-interviewing", "ats-automation", "seo", "events", "budgeting"]
SIZES = ["1-50", "51-200", "201-500", "501-1000", "1001-5000", "5001-plus"]
INDUSTRIES = ["technology", "fintech", "healthcare", "retail", "manufacturing", "public-sector", "education",
              "logistics", "hospitality", "professional-services", "nonprofit", "energy"]
REGIONS = ["europe", "north-america", "latin-america", "asia-pacific", "africa", "middle-east", "global"]
OUTCOMES = ["FAILURE", "MIXED", "SUCCESS"]
LICENCES = ["CC_BY_4_0", "CC_BY_SA_4_0", "CC_BY_NC_4_0"]

CASE_SECTIONS = ["summary", "challenge", "whatWeDid", "results", "wrong", "lucky", "differently", "lessons"]
SPARK_SECTIONS = ["why", "what", "how", "learnings", "resources"]

SUBJECTS = ["our sourcing team", "the hiring managers", "the recruiting coordinators", "the employer brand group",
            "candidates for engineering roles", "the onboarding buddies", "our careers site", "the analytics lead",
            "the interview panel", "warehouse applicants", "graduate candidates", "the talent marketing budget",
            "our applicant tracking system", "the referral programme", "the people partners", "nurse applicants"]
VERBS = ["rewrote", "measured", "tested", "replaced", "shortened", "simplified", "rebuilt", "questioned",
         "piloted", "dropped", "documented", "automated", "reviewed", "tracked", "split", "translated"]
OBJECTS = ["the job advertisements", "the screening questions", "the rejection emails", "the interview scorecards",
           "the first-week schedule", "the outreach templates", "the offer process", "the salary ranges",
           "the application form", "the assessment day", "the campus events", "the pipeline dashboard",
           "the hiring manager briefings", "the candidate survey", "the video interviews", "the welcome pack"]
TAILS = ["over six weeks", "before the busy season", "with a small budget", "across three countries",
         "without new tools", "after a difficult quarter", "with help from legal", "in two rounds",
         "for every open role", "while hiring froze elsewhere", "on a shoestring", "with weekly check-ins"]
CLAIMS = ["Time to hire fell by eleven days.", "Drop-off at the form halved.",
          "Nobody read the long version.", "Hiring managers pushed back at first.",
          "The numbers were noisy for a month.", "Candidates mentioned it in interviews.",
          "It cost less than one agency fee.", "Offer acceptance rose to 84 percent.",
          "We underestimated the translation work.", "The survey response rate was only 9 percent.",
          "Two teams copied the approach.", "Legal review took longer than the build."]
TITLE_STARTS = ["How we", "Why we", "What happened when we", "The year we", "Lessons from when we", "We"]


def sentence(rng):
    s = f"{rng.choice(SUBJECTS).capitalize()} {rng.choice(VERBS)} {rng.choice(OBJECTS)} {rng.choice(TAILS)}."
    if rng.random() < 0.4:
        s += " " + rng.choice(CLAIMS)
    return s


def section_text(rng):
    """Markdown of roughly 100-200 words: paragraphs, sometimes a list, some emphasis."""
    target = rng.randint(90, 170)
    parts, words = [], 0
    while words < target:
        if rng.random() < 0.2:
            items = [f"- **{rng.choice(OBJECTS).capitalize()}**: {sentence(rng)}" for _ in range(rng.randint(2, 4))]
            block = "\n".join(items)
        else:
            block = " ".join(sentence(rng) for _ in range(rng.randint(2, 4)))
        parts.append(block)
        words += len(block.split())
    return "\n\n".join(parts)


def generate(i, seed=20240501):
    rng = random.Random(seed * 100_003 + i)
    spark = rng.random() < 0.3
    attribution = rng.choices(["NAMED", "ROLE_ONLY", "ANONYMOUS"], weights=[6, 3, 1])[0]
    title = f"{rng.choice(TITLE_STARTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)} {rng.choice(TAILS)} (#{i + 1})"
    sections = SPARK_SECTIONS if spark else CASE_SECTIONS
    return {
        "type": "SPARK" if spark else "CASE_STUDY",
        "title": title[:160],
        "outcome": rng.choices(OUTCOMES, weights=[3, 3, 4])[0],
        "topics": rng.sample(TOPICS, rng.randint(1, 3)),
        "skills": rng.sample(SKILLS, rng.randint(0, 4)),
        "context": {
            "sizeBand": rng.choice(SIZES),
            "industry": rng.choice(INDUSTRIES),
            "region": rng.choice(REGIONS),
            "teamSize": rng.randint(1, 40),
            "year": rng.randint(2015, 2025),
        },
        "licence": rng.choice(LICENCES),
        "vendorDisclosure": "None." if rng.random() < 0.8 else "We were given a free trial of the tool.",
        "attribution": attribution,
        "roleDescriptor": "Talent lead · " + rng.choice(INDUSTRIES) if attribution == "ROLE_ONLY" else None,
        "sections": {key: section_text(rng) for key in sections},
    }


def call(base, method, path, token, body=None):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(base + path, data=data, method=method)
    req.add_header("Authorization", "Bearer " + token)
    if data is not None:
        req.add_header("Content-Type", "application/json")
    for attempt in range(3):
        try:
            with urllib.request.urlopen(req, timeout=60) as resp:
                payload = resp.read()
                return json.loads(payload) if payload else None
        except urllib.error.HTTPError as e:
            detail = e.read().decode(errors="replace")[:300]
            raise RuntimeError(f"{method} {path} -> {e.code}: {detail}") from None
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            if attempt == 2:
                raise
            time.sleep(0.5)


def main():
    base, count, parallel, editor = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
    authors = sys.argv[5:]
    failures, ids = [], []
    lock = threading.Lock()

    def load(i):
        author = authors[i % len(authors)]
        try:
            draft = call(base, "POST", "/api/v1/cases", author, generate(i))
            case_id = draft["id"]
            call(base, "POST", f"/api/v1/cases/{case_id}/submit", author)
            call(base, "POST", f"/api/v1/cases/{case_id}/publish", editor)
            with lock:
                ids.append(case_id)
        except Exception as e:  # noqa: BLE001 - reported below
            with lock:
                failures.append(f"case {i}: {e}")

    start = time.monotonic()
    with ThreadPoolExecutor(max_workers=parallel) as pool:
        list(pool.map(load, range(count)))
    elapsed = time.monotonic() - start
    for f in failures[:5]:
        print(f, file=sys.stderr)
    print(f"loaded={len(ids)} failed={len(failures)} seconds={elapsed:.1f} "
          f"cases_per_s={len(ids) / elapsed:.1f} requests={3 * len(ids)}")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
