#!/usr/bin/env python3
"""Generates the bundled sample city (examples/data/sample-city) deterministically.

A few hundred records of a Nanning-like city: real GB/T 2260 district codes (450103 青秀区, 450107 西乡塘区),
a development zone without a code (高新区), townships and communities numbered by the NBS 统计用区划代码 rules
(the township and community segments are illustrative, not the real ones), valid resident ID numbers
(GB 11643 MOD 11-2), valid mobile numbers, timelines that follow the 发展党员工作细则, branches sized by the
支部工作条例. Defects are added afterwards by tools/sample_city_defects.py so the clean city stays clean.

Usage: python3 tools/gen_sample_city.py examples/data/sample-city
"""
import json
import os
import random
import sys
from datetime import date, timedelta

rnd = random.Random(20220124)  # the seed article's publication date

W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
CHECK = "10X98765432"


def id_number(prefix, birth, male):
    seq = rnd.randrange(0, 100) * 10 + (rnd.choice([1, 3, 5, 7, 9]) if male else rnd.choice([0, 2, 4, 6, 8]))
    body = f"{prefix}{birth:%Y%m%d}{seq:03d}"
    s = sum(int(c) * w for c, w in zip(body, W))
    return body + CHECK[s % 11]


def mobile():
    return "1" + rnd.choice("3456789") + "".join(rnd.choice("0123456789") for _ in range(9))


SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐韦蒙覃莫黎陆农廖"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志红海燕玉梅春林宁邕江"


def name():
    return rnd.choice(SURNAMES) + "".join(rnd.choice(GIVEN) for _ in range(rnd.choice([1, 2, 2])))


def d(x):
    return x.isoformat()


def ym(x):
    return f"{x.year:04d}-{x.month:02d}"


def rand_date(start, end):
    return start + timedelta(days=rnd.randrange((end - start).days + 1))


AS_OF = date(2026, 6, 30)
out = {k: [] for k in ["divisions", "compounds", "organizations", "members", "communityWorkers", "gridWorkers",
                       "grids", "serviceCenters", "meetings"]}

# ---- divisions -------------------------------------------------------------------------------
city = {"id": "450100", "kind": "CITY", "name": "南宁市", "code": "450100"}
out["divisions"].append(city)
districts = [("450103", "青秀区", "URBAN_DISTRICT"), ("450107", "西乡塘区", "URBAN_DISTRICT"),
             ("NN-GXQ", "南宁高新技术产业开发区", "DEVELOPMENT_ZONE")]
street_names = {"450103": ["新竹街道", "中山街道"], "450107": ["北湖街道", "华强街道"], "NN-GXQ": ["心圩街道"]}
community_names = ["桃源社区", "民主社区", "滨湖社区", "长堽社区", "明秀社区", "安吉社区", "华西社区", "友爱社区",
                   "高新社区", "科园社区"]
streets, communities = [], []
ci = 0
for did, dname, kind in districts:
    rec = {"id": did, "kind": kind, "name": dname, "parent": "450100"}
    if kind != "DEVELOPMENT_ZONE":
        rec["code"] = did
    out["divisions"].append(rec)
    # a development zone's streets keep the code of the district they legally belong to (西乡塘区 here)
    county = did if kind != "DEVELOPMENT_ZONE" else "450107"
    base = 1 if kind != "DEVELOPMENT_ZONE" else 9
    for si, sname in enumerate(street_names[did]):
        scode = f"{county}{base + si:03d}000"
        streets.append((scode, sname, did))
        out["divisions"].append({"id": scode, "kind": "SUBDISTRICT", "name": sname, "code": scode, "parent": did})
        for k in range(2):
            cname = community_names[ci]
            ci += 1
            ccode = f"{scode[:9]}{k + 1:03d}"
            households = rnd.randrange(2200, 5200)
            communities.append((ccode, cname, scode, did, households))
            out["divisions"].append({"id": ccode, "kind": "COMMUNITY", "name": cname, "code": ccode, "parent": scode,
                                     "households": households, "population": households * 3 - rnd.randrange(300),
                                     "urbanRuralClass": "111"})

# ---- organizations ---------------------------------------------------------------------------
orgs = out["organizations"]
org_seq = [0]


def org(oid, name, typ, parent=None, division=None, **extra):
    rec = {"id": oid, "name": name, "type": typ}
    if parent:
        rec["parent"] = parent
    if division:
        rec["division"] = division
    rec.update(extra)
    orgs.append(rec)
    return rec


org("O-NN", "中共南宁市委员会", "LOCAL_COMMITTEE", division="450100", foundedOn="1949-12")
for did, dname, kind in districts:
    if kind == "DEVELOPMENT_ZONE":
        org(f"O-{did}", f"中共{dname}工作委员会", "WORKING_COMMITTEE", "O-NN", did, foundedOn="1992-05")
    else:
        org(f"O-{did}", f"中共南宁市{dname}委员会", "LOCAL_COMMITTEE", "O-NN", did, foundedOn="1950-01")
for scode, sname, did in streets:
    org(f"O-{scode[:9]}", f"中共南宁市{sname}工作委员会", "WORKING_COMMITTEE", f"O-{did}", scode,
        foundedOn="1996-03")
    # street 大工委 (regional alliance with member units)
    org(f"O-{scode[:9]}-DGW", f"{sname}大工委", "ALLIANCE_COMMITTEE", f"O-{scode[:9]}", scode,
        memberUnits=[{"name": "南宁市公安局" + sname[:2] + "派出所", "nature": "PARTY_GOVERNMENT_ORGAN"},
                     {"name": "广西某某物业服务有限公司", "nature": "PRIVATE_ENTERPRISE"}])

members = out["members"]
member_seq = [0]


def new_member(org_id, community_code, status="FULL", officer=False, young=False):
    member_seq[0] += 1
    mid = f"M{member_seq[0]:05d}"
    male = rnd.random() < 0.62
    if young:
        birth = rand_date(date(1990, 1, 1), date(2001, 12, 31))
    else:
        birth = rand_date(date(1948, 1, 1), date(1999, 12, 31))
    applied = birth.replace(year=birth.year + rnd.randrange(19, 30)) + timedelta(days=rnd.randrange(200))
    if status == "PROBATIONARY":
        admitted = rand_date(date(2025, 8, 1), date(2026, 5, 31))
        applied = admitted - timedelta(days=rnd.randrange(900, 1300))
        if applied < birth.replace(year=birth.year + 18):
            applied = birth.replace(year=birth.year + 18, month=1, day=1) + timedelta(days=400)
            admitted = applied + timedelta(days=1000)
    else:
        # officers must have been full members for a year when elected (选举条例 第五条, 支部条例 第二十三条)
        latest_admit = date(2021, 12, 31) if officer else AS_OF - timedelta(days=400)
        admitted = min(applied + timedelta(days=rnd.randrange(760, 1400)), latest_admit)
        if admitted - applied < timedelta(days=760):
            applied = admitted - timedelta(days=800)
            birth = min(birth, applied.replace(year=applied.year - 19))
    activist = applied + timedelta(days=rnd.randrange(60, 120))
    candidate = activist + timedelta(days=rnd.randrange(370, 420))
    if candidate >= admitted:
        candidate = admitted - timedelta(days=60)
        activist = candidate - timedelta(days=380)
        applied = activist - timedelta(days=90)
    timeline = {"appliedOn": d(applied), "activistOn": d(activist), "candidateOn": d(candidate),
                "admittedOn": d(admitted), "approvedOn": d(admitted + timedelta(days=rnd.randrange(20, 80))),
                "admittingOrganization": org_id}
    if status == "FULL":
        timeline["convertedOn"] = d(admitted.replace(year=admitted.year + 1) if not (admitted.month == 2 and admitted.day == 29)
                                    else date(admitted.year + 1, 3, 1))
    prefix = rnd.choice(["450103", "450107", "450102", "450105", "450122", "450123", "450126", "452501"])
    rec = {"id": mid, "name": name(), "sex": "MALE" if male else "FEMALE", "birthDate": d(birth),
           "ethnicity": rnd.choices(["HAN", "ZHUANG", "YAO", "MULAM", "MAONAN"], [55, 38, 3, 2, 2])[0],
           "idNumber": id_number(prefix, birth, male), "phone": mobile(),
           "education": rnd.choice(["BACHELOR", "BACHELOR", "JUNIOR_COLLEGE", "POSTGRADUATE", "HIGH_SCHOOL"]),
           "occupation": rnd.choice(["PROFESSIONAL", "MANAGER", "WORKER", "RETIRED", "RETIRED", "OTHER",
                                     "PARTY_GOVERNMENT_STAFF"]),
           "status": status, "standing": "NORMAL", "organization": org_id, "timeline": timeline,
           "residenceCommunity": community_code}
    members.append(rec)
    return rec


def eligible(members_of, elected):
    """Full members with at least one year of Party standing on the election date."""
    return [m for m in members_of if m["status"] == "FULL"
            and date.fromisoformat(m["timeline"]["convertedOn"]) <= elected.replace(year=elected.year - 1)]


def leadership(org_id, members_of, term_years, elected, committee):
    full = eligible(members_of, elected)
    officers = [{"member": full[0]["id"], "post": "SECRETARY", "since": ym(elected)}]
    if committee:
        officers.append({"member": full[1]["id"], "post": "DEPUTY_SECRETARY", "since": ym(elected)})
        for p, m in zip(["组织委员", "宣传委员", "纪检委员"], full[2:5]):
            officers.append({"member": m["id"], "post": "COMMITTEE_MEMBER", "portfolio": p, "since": ym(elected)})
    elif len(full) >= 4 and rnd.random() < 0.5:
        officers.append({"member": full[1]["id"], "post": "DEPUTY_SECRETARY", "since": ym(elected)})
    return {"termNumber": rnd.randrange(2, 9), "electedOn": d(elected), "termYears": term_years,
            "hasCommittee": committee, "selection": "ELECTED", "officers": officers}


compounds, grids = out["compounds"], out["grids"]
grid_seq = {}
for ccode, cname, scode, did, households in communities:
    corg = f"O-{ccode}"
    elected = rand_date(date(2021, 4, 1), date(2021, 6, 30)) if False else rand_date(date(2026, 3, 1), date(2026, 5, 31))
    community_org = org(corg, f"中共{cname}委员会", "GRASSROOTS_COMMITTEE", f"O-{scode[:9]}", ccode,
                        unit={"name": f"{cname}居民委员会", "nature": "COMMUNITY"}, foundedOn="2001-08")
    # community 大党委 with member units
    org(f"{corg}-DDW", f"{cname}大党委", "ALLIANCE_COMMITTEE", corg, ccode,
        memberUnits=[{"name": f"{cname}共建单位{i}", "nature": rnd.choice(["PUBLIC_INSTITUTION", "STATE_ENTERPRISE"])}
                     for i in range(1, 4)])
    # two compounds, each with a grid-level branch; a third grid with a party group under the community branch
    comm_members = []
    branch_ids = []
    n_compounds = 2
    grid_seq[ccode] = 0
    for k in range(n_compounds):
        cid = f"C-{ccode}-{k + 1}"
        ch = rnd.randrange(400, 1600)
        new = k == 1 and rnd.random() < 0.5
        compounds.append({"id": cid, "name": f"{cname[:-2]}{['一', '二', '三'][k]}号小区", "community": ccode,
                          "households": ch, "newlyBuilt": new, "builtOn": "2019" if new else "2003",
                          "propertyCompany": "南宁某某物业有限公司", "hasOwnersCommittee": True})
        grid_seq[ccode] += 1
        gid = f"G-{ccode}-{grid_seq[ccode]:03d}"
        bid = f"{corg}-B{k + 1}"
        branch_ids.append(bid)
        grids.append({"id": gid, "code": f"{ccode}{grid_seq[ccode]:03d}", "name": f"{cname}第{grid_seq[ccode]}网格",
                      "community": ccode, "households": ch, "population": ch * 3, "compounds": [cid],
                      "partyOrganization": bid})
        size = rnd.choice([4, 5, 6, 8, 9, 12])
        bm = [new_member(bid, ccode, officer=(i < 5)) for i in range(size)]
        if rnd.random() < 0.6:
            bm.append(new_member(bid, ccode, status="PROBATIONARY", young=True))
        full_count = sum(1 for m in bm if m["status"] == "FULL")
        b_elected = rand_date(date(2024, 1, 1), date(2025, 12, 31))
        org(bid, f"中共{cname}{['一', '二', '三'][k]}号小区支部委员会", "BRANCH", corg, ccode, compound=cid, grid=gid,
            foundedOn=ym(rand_date(date(2016, 1, 1), date(2020, 12, 31))),
            leadership=leadership(bid, bm, 3, b_elected, full_count >= 7))
        comm_members += bm
        for w in range(rnd.choice([3, 3, 4])):
            out["gridWorkers"].append({"id": f"GW-{gid[2:]}-{w + 1}", "name": name(), "phone": mobile(), "grid": gid,
                                       "role": "GRID_LEADER" if w == 0 else rnd.choice(["FULL_TIME", "PART_TIME"])})
        level_area = rnd.choice([320, 360, 420, 500]) if not new else max(320, (ch + 99) // 100 * 30 + 20)
        out["serviceCenters"].append({
            "id": f"SC-{cid[2:]}", "name": f"{cname[:-2]}{['一', '二', '三'][k]}号小区党群服务中心", "level": "COMPOUND",
            "division": ccode, "compound": cid, "floorArea": level_area, "householdsServed": ch, "newlyBuilt": new,
            "rooms": [{"type": t} for t in ["OFFICE_DELIBERATION", "PARTY_MASS_ACTIVITY", "CULTURE_RECREATION",
                                               "SOCIAL_SERVICE"]] + [{"type": "OTHER", "name": "四点半课堂"}],
            "signs": ["SERVICE_CENTER", "COMPOUND_PARTY_ORGANIZATION", "OWNERS_COMMITTEE"],
            "checklist": ["SIGN", "FLAG_AND_OATH", "RULES", "FACILITIES", "BOOKS", "ACTIVITIES"],
            "openedOn": "2021-07"})
    # one retired-members branch with party groups
    rid = f"{corg}-B9"
    grid_seq[ccode] += 1
    gid = f"G-{ccode}-{grid_seq[ccode]:03d}"
    grids.append({"id": gid, "code": f"{ccode}{grid_seq[ccode]:03d}", "name": f"{cname}第{grid_seq[ccode]}网格",
                  "community": ccode, "households": 600, "population": 1750, "compounds": [],
                  "partyOrganization": f"{rid}-G1"})
    for w in range(3):
        out["gridWorkers"].append({"id": f"GW-{gid[2:]}-{w + 1}", "name": name(), "phone": mobile(), "grid": gid,
                                   "role": "GRID_LEADER" if w == 0 else "FULL_TIME"})
    rm = [new_member(rid, ccode, officer=(i < 5)) for i in range(rnd.choice([10, 14, 18]))]
    for m in rm:
        m["occupation"] = "RETIRED"
    org(rid, f"中共{cname}离退休党员支部委员会", "BRANCH", corg, ccode, foundedOn="2010-06",
        leadership=leadership(rid, rm, 3, rand_date(date(2024, 1, 1), date(2025, 12, 31)), True))
    for g in range(2):
        gidg = f"{rid}-G{g + 1}"
        leader = rm[5 + g]
        org(gidg, f"{cname}离退休党员支部第{g + 1}党小组", "PARTY_GROUP", rid, ccode, grid=gid if g == 0 else None,
            leadership={"hasCommittee": False, "selection": "APPOINTED",
                        "officers": [{"member": leader["id"], "post": "GROUP_LEADER"}]})
        for m in rm[5 + g::2]:
            m["partyGroup"] = gidg
    comm_members += rm
    # the community committee's own leadership: officers from its branches (community organisations: 5-year term)
    full = eligible(comm_members, elected)
    community_org["leadership"] = {
        "termNumber": 6, "electedOn": d(elected), "termYears": 5, "hasCommittee": True, "selection": "ELECTED",
        "officers": [{"member": full[0]["id"], "post": "SECRETARY", "since": ym(elected)},
                     {"member": full[6]["id"], "post": "DEPUTY_SECRETARY", "since": ym(elected)}]
                    + [{"member": m["id"], "post": "COMMITTEE_MEMBER", "since": ym(elected)} for m in full[12:15]]}
    # community workers (三岗十八级)
    for w in range(6):
        post = "PRINCIPAL" if w < 2 else "DEPUTY" if w < 4 else "OTHER"
        rng = {"PRINCIPAL": (7, 18), "DEPUTY": (4, 15), "OTHER": (1, 12)}[post]
        grade = rnd.randrange(rng[0], rng[1] + 1)
        male = rnd.random() < 0.4
        birth = rand_date(date(1972, 1, 1), date(1998, 12, 31))
        out["communityWorkers"].append({
            "id": f"W-{ccode}-{w + 1}", "name": name(), "sex": "MALE" if male else "FEMALE", "birthDate": d(birth),
            "idNumber": id_number(rnd.choice(["450103", "450107", "450102"]), birth, male), "phone": mobile(),
            "community": ccode, "post": post,
            "position": ["社区党委书记", "社区居委会主任", "社区党委副书记", "社区居委会副主任", "社区工作者", "社区工作者"][w],
            "grade": grade, "monthlyPay": 3600 + grade * 220, "hiredOn": ym(rand_date(date(2008, 1, 1), date(2022, 12, 31))),
            "education": rnd.choice(["BACHELOR", "JUNIOR_COLLEGE"])})
    out["serviceCenters"].append({
        "id": f"SC-{ccode}", "name": f"{cname}党群服务中心", "level": "COMMUNITY", "division": ccode,
        # ≥ 500 m² (Nanning) and ≥ 30 m² per 100 households (十四五城乡社区服务体系建设规划)
        "floorArea": max(rnd.choice([520, 680, 900, 1200, 4500]), (households * 3 + 9) // 10 + rnd.randrange(0, 200)),
        "householdsServed": households, "newlyBuilt": False,
        "rooms": [{"type": t} for t in ["OFFICE_DELIBERATION", "PARTY_MASS_ACTIVITY", "CULTURE_RECREATION",
                                           "SOCIAL_SERVICE"]],
        "signs": ["SERVICE_CENTER"], "checklist": ["SIGN", "FLAG_AND_OATH", "RULES", "FACILITIES", "BOOKS", "ACTIVITIES"],
        "openedOn": "2018-09"})
    # 逢四说事 meetings, on the 4th, 14th, 24th or a Thursday
    for mth in range(1, 7):
        day = rnd.choice([4, 14, 24])
        out["meetings"].append({"id": f"MT-{ccode}-{mth:02d}", "organization": corg, "type": "FENGSI_SHUOSHI",
                                "heldOn": d(date(2026, mth, day)), "topic": "小区停车与加装电梯议事",
                                "attendees": rnd.randrange(15, 60)})

# a joint branch of small firms in the high-tech zone, and a temporary branch for a project
gx_street = [s for s in streets if s[2] == "NN-GXQ"][0]
jid = "O-GXQ-LH1"
jm = [new_member(jid, communities[-1][0], officer=(i < 3)) for i in range(6)]
org(jid, "中共南宁高新区科技企业联合支部委员会", "JOINT_BRANCH", f"O-{gx_street[0][:9]}", gx_street[0],
    coveredUnits=[{"name": f"广西某某科技有限公司{i}", "nature": "PRIVATE_ENTERPRISE",
                   "creditCode": cc} for i, cc in enumerate(["91450100MA5KXXXX0", "", ""][:0], 1)] +
    [{"name": f"南宁某某软件有限公司{i}", "nature": "PRIVATE_ENTERPRISE"} for i in range(1, 5)],
    foundedOn="2019-03", leadership=leadership(jid, jm, 3, date(2025, 3, 12), False))
tid = "O-GXQ-LS1"
tm = [m for m in members if m["organization"] == f"O-{communities[-1][0]}-B1"][:3]
org(tid, "中共南宁高新区防汛抢险临时党支部", "TEMPORARY_BRANCH", f"O-{gx_street[0][:9]}", gx_street[0],
    foundedOn="2026-05", collectsDues=False,
    approvals=[{"reference": "南高新党工发〔2026〕12号", "approvedOn": "2026-05-06", "approvedBy": "中共南宁高新区工作委员会"}],
    leadership={"hasCommittee": False, "selection": "APPOINTED",
                "officers": [{"member": tm[0]["id"], "post": "SECRETARY", "selection": "APPOINTED"}]})
# a regional centre in a building (地王大厦 in the seed article)
out["serviceCenters"].append({"id": "SC-DIWANG", "name": "南宁地王大厦党群服务中心", "level": "REGIONAL",
                              "regionalKind": "BUILDING", "division": "450103", "floorArea": 1400,
                              "unitsServed": 265, "staffServed": 3700, "newlyBuilt": False,
                              "rooms": [{"type": "PARTY_MASS_ACTIVITY"}, {"type": "OFFICE_DELIBERATION"}],
                              "signs": ["SERVICE_CENTER"], "openedOn": "2019-06"})
for did, dname, kind in districts:
    out["serviceCenters"].append({"id": f"SC-{did}", "name": f"{dname}党群服务中心", "level": "DISTRICT", "division": did,
                                  "floorArea": rnd.choice([1500, 2200, 3000]), "newlyBuilt": False,
                                  "signs": ["SERVICE_CENTER"], "openedOn": "2018-06"})
for scode, sname, did in streets:
    out["serviceCenters"].append({"id": f"SC-{scode[:9]}", "name": f"{sname}党群服务中心", "level": "STREET",
                                  "division": scode, "floorArea": rnd.choice([800, 1000, 1300]), "newlyBuilt": False,
                                  "signs": ["SERVICE_CENTER"], "openedOn": "2019-01"})


# ---- deliberate defects ----------------------------------------------------------------------
# A real export is never clean. Each defect below is one a data clerk makes; examples/data/sample-city-
# expected-issues.json lists the issue each must raise (code, entity, path), and a test checks that the
# report holds exactly those ERROR and WARNING issues as of the extract date.
expected = []


def expect(code, entity, path=""):
    expected.append({"code": code, "entity": entity, "path": path})


def member_by_id(mid):
    return next(m for m in members if m["id"] == mid)


full_members = [m for m in members if m["status"] == "FULL" and m["organization"].endswith("-B1")]
# 1. a mistyped check character: the ID number is dropped, the record kept
m = full_members[3]
m["idNumber"] = m["idNumber"][:17] + ("0" if m["idNumber"][17] != "0" else "1")
expect("read.invalid-value", "members/" + m["id"], "/idNumber")
# 2. birth date typed differently from the ID number
m = full_members[10]
b = date.fromisoformat(m["birthDate"])
m["birthDate"] = d(b.replace(day=1) if b.day != 1 else b.replace(day=2))
expect("person.id-birth-date-mismatch", "members/" + m["id"], "/birthDate")
# 3. made a candidate eight months after becoming an activist
m = full_members[20]
t = m["timeline"]
t["candidateOn"] = d(date.fromisoformat(t["activistOn"]) + timedelta(days=240))
expect("member.activist-period", "members/" + m["id"], "/timeline/candidateOn")
# 4. still probationary two years after admission
prob = [m for m in members if m["status"] == "PROBATIONARY"][0]
prob["timeline"]["admittedOn"] = "2024-03-15"
prob["timeline"]["approvedOn"] = "2024-04-20"
prob["timeline"]["appliedOn"] = "2021-03-01"
prob["timeline"]["activistOn"] = "2021-06-01"
prob["timeline"]["candidateOn"] = "2022-09-01"
expect("member.probation-overdue", "members/" + prob["id"], "/status")
# 5. a member whose branch id was mistyped
m = full_members[30]
m["organization"] = m["organization"].replace("-B1", "-B7")
expect("reference.unresolved", "members/" + m["id"], "/organization")
# 6. a community worker in a principal post below its grade range
w = out["communityWorkers"][0]
w["grade"] = 5
expect("worker.grade-post-range", "communityWorkers/" + w["id"], "/grade")
# 7. a compound centre below 300 m², 8. one without a social-service room
sc = [c for c in out["serviceCenters"] if c["level"] == "COMPOUND" and not c["newlyBuilt"]]
sc[0]["floorArea"] = 260
expect("service-center.min-area", "serviceCenters/" + sc[0]["id"], "/floorArea")
sc[1]["rooms"] = [r for r in sc[1]["rooms"] if r["type"] != "SOCIAL_SERVICE"]
expect("service-center.required-rooms", "serviceCenters/" + sc[1]["id"], "/rooms")
# 9. a grid with two grid workers
g = grids[0]
gws = [x for x in out["gridWorkers"] if x["grid"] == g["id"]]
for x in gws[2:]:
    out["gridWorkers"].remove(x)
expect("grid.worker-count", "grids/" + g["id"], "")
# 10. a 逢四说事 meeting on a Tuesday the 5th
mt = out["meetings"][0]
mt["heldOn"] = "2026-05-05"
expect("meeting.fengsi-day", "meetings/" + mt["id"], "/heldOn")
# 11. the same ID number keyed in for two members
officer_ids = {o["member"] for org_ in orgs for o in (org_.get("leadership") or {}).get("officers", [])}
a, b2 = [m for m in full_members[40:] if m["id"] not in officer_ids][:2]
b2["idNumber"], b2["birthDate"], b2["sex"] = a["idNumber"], a["birthDate"], a["sex"]
b2["timeline"] = dict(a["timeline"], admittingOrganization=b2["organization"])
expect("duplicate.resident-id", "members/" + b2["id"], "/idNumber")
# 12. a line cut off in the middle (unreadable; every other record is still read)
TRUNCATED = '{"id":"M99999","name":"黄某","sex":"MALE","birthDate":"1990-01-01","status":'
expected.append({"code": "read.malformed-json", "entity": "members/M99999", "path": "/status",
                 "file": "members.jsonl", "line": len(members) + 1})

target = sys.argv[1] if len(sys.argv) > 1 else "examples/data/sample-city"
os.makedirs(target, exist_ok=True)
manifest = {"name": "南宁市样例数据（虚构）", "city": "450100", "extractedOn": d(AS_OF), "standard": "nanning-2021",
            "source": "tools/gen_sample_city.py (seed 20220124); synthetic, no real persons"}
with open(os.path.join(target, "dataset.json"), "w", encoding="utf-8") as f:
    json.dump(manifest, f, ensure_ascii=False, indent=2)
    f.write("\n")
for k, recs in out.items():
    with open(os.path.join(target, k + ".jsonl"), "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n")
        if k == "members":
            f.write(TRUNCATED + "\n")
with open(os.path.normpath(target) + "-expected-issues.json", "w", encoding="utf-8") as f:
    json.dump({"asOf": d(AS_OF), "standard": "nanning-2021", "issues": expected}, f, ensure_ascii=False, indent=2)
    f.write("\n")
print({k: len(v) for k, v in out.items()})
