package io.jingwei.impl.schema;

import io.jingwei.ref.EntityKind;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The titles of the schemas (模式标题表): the Chinese term and a short English description of every entity kind,
 * every type and every property, kept here as data because Javadoc is not available at run time. A property is
 * looked up as {@code Type.property}, then as {@code *.property}; a test makes sure every property has a title.
 */
final class SchemaTitles {
  private SchemaTitles() {}

  /**
   * A title.
   *
   * @param zh the Chinese term
   * @param en a short English description
   */
  record Title(String zh, String en) {}

  private static final Map<EntityKind, Title> KINDS = new EnumMap<>(EntityKind.class);
  private static final Map<String, Title> TYPES = new LinkedHashMap<>();
  private static final Map<String, Title> PROPERTIES = new LinkedHashMap<>();

  static {
    KINDS.put(EntityKind.DIVISION, new Title("行政区划", "An administrative division: the city, a district or"
        + " development zone, a street or town, a community or village."));
    KINDS.put(EntityKind.COMPOUND, new Title("居民小区", "A residential compound inside a community."));
    KINDS.put(EntityKind.ORGANIZATION, new Title("党组织", "A Party organization: a committee, general branch,"
        + " branch or Party group, or a regional alliance committee."));
    KINDS.put(EntityKind.MEMBER, new Title("党员", "A Party member."));
    KINDS.put(EntityKind.COMMUNITY_WORKER, new Title("专职社区工作者", "A full-time community worker in the"
        + " 三岗十八级 post-and-grade system."));
    KINDS.put(EntityKind.GRID_WORKER, new Title("网格员", "A grid worker assigned to one grid."));
    KINDS.put(EntityKind.GRID, new Title("网格", "A governance grid inside a community or village."));
    KINDS.put(EntityKind.SERVICE_CENTER, new Title("党群服务中心", "A Party-and-masses service centre."));
    KINDS.put(EntityKind.MEETING, new Title("会议/活动记录", "A meeting or activity record of a Party"
        + " organization."));

    parse(TYPES, """
        DatasetManifest | 数据集清单 | The manifest of a dataset (dataset.json).
        Unit | 单位 | A unit an organization is set up in, covers or counts among its member units.
        LeadershipTeam | 班子 | The leadership team of an organization for its current term.
        Officer | 班子成员 | A member holding a post in an organization.
        Approval | 上级批准 | An approval by the higher Party organization that silences an approvable rule.
        RecruitmentTimeline | 发展党员时间线 | The recruitment timeline, from application to full membership.
        Introducer | 入党介绍人 | An introducer, by member id, by name, or both.
        ProbationExtension | 延长预备期 | An extension of the probation.
        Mobility | 流动情况 | Whether and where a member is away as a mobile member.
        Room | 功能室 | A function room of a service centre.
        DivisionId | 行政区划标识 | The id of a division record.
        CompoundId | 居民小区标识 | The id of a residential compound record.
        OrganizationId | 党组织标识 | The id of a Party organization record.
        MemberId | 党员标识 | The id of a Party member record.
        WorkerId | 专职社区工作者标识 | The id of a community worker record.
        GridWorkerId | 网格员标识 | The id of a grid worker record.
        GridId | 网格标识 | The id of a grid record.
        ServiceCenterId | 党群服务中心标识 | The id of a service centre record.
        MeetingId | 会议记录标识 | The id of a meeting record.
        PersonName | 姓名 | A person's name: personal data.
        ResidentIdNumber | 公民身份号码 | A resident ID number (GB 11643-1999, MOD 11-2 check character): personal data.
        MobileNumber | 手机号码 | A mainland mobile number, 11 digits: personal data.
        CreditCode | 统一社会信用代码 | A unified social credit code (GB 32100-2015).
        DivisionCode | 行政区划代码 | A division code: GB/T 2260 (6 digits) or 统计用区划代码 (9 or 12 digits).
        GridCode | 网格编码 | A grid code: 8 to 24 digits, by the city's grid-code scheme.
        PartialDate | 部分日期 | A date of year, month or day precision: 2021, 2021-05 or 2021-05-01.
        LocalDate | 日期 | An ISO date: 2022-06-30.
        DivisionKind | 区划类别 | The kind of a division.
        OrganizationType | 党组织类别 | The type of a Party organization.
        UnitNature | 单位性质 | The nature of a unit.
        Selection | 产生方式 | How officers were chosen.
        Post | 党内职务 | A post inside a Party organization.
        MeetingType | 会议类型 | The type of a meeting or activity.
        MembershipStatus | 党员类别 | Probationary or full member.
        PartyStanding | 党籍状态 | A member's Party standing.
        Occupation | 职业 | A member's occupation in the categories of the 党内统计公报.
        EducationLevel | 学历 | An education level.
        Ethnicity | 民族 | An ethnicity (GB 3304-91), written as the constant name.
        Sex | 性别 | A person's sex.
        WorkerPost | 岗位类别 | The post category of a community worker.
        GridWorkerRole | 网格员类别 | The role of a grid worker.
        CenterLevel | 党群服务中心级别 | The level of a service centre.
        RegionalKind | 区域性党群服务中心类别 | The kind of place a regional service centre serves.
        RoomType | 功能室类型 | The type of a function room.
        Sign | 标识 | A sign hung at a service centre.
        ChecklistItem | 六有 | An item of the six-haves checklist of compound service centres.
        """);

    parse(PROPERTIES, """
        *.id | 标识 | The record's identifier, unique within its kind.
        *.name | 名称 | The name.
        *.address | 地址 | The address.
        *.households | 户数 | The number of households.
        *.newlyBuilt | 新建小区 | Whether it is (or serves) a newly built compound.
        *.sex | 性别 | The sex.
        *.birthDate | 出生日期 | The birth date.
        *.idNumber | 公民身份号码 | The resident ID number.
        *.phone | 手机号码 | The mobile number.
        *.education | 学历 | The education level.
        *.approvals | 上级批准 | The higher approvals recorded for departures from rules that allow them.

        DatasetManifest.name | 数据集名称 | The dataset's name.
        DatasetManifest.city | 城市行政区划代码 | The city's GB/T 2260 code.
        DatasetManifest.extractedOn | 提取日期 | The day the data was extracted from the platform.
        DatasetManifest.standard | 标准 | The standard profile the data targets, such as nanning-2021.
        DatasetManifest.source | 数据来源 | The platform or office the data comes from.
        DatasetManifest.files | 数据文件 | The collection files of the directory form; when given, exactly these are read.

        Division.id | 标识 | The identifier, usually the statistical division code (a local key for a development zone).
        Division.kind | 区划类别 | The kind of division.
        Division.name | 名称 | The name, such as 青秀区 or 新竹街道.
        Division.code | 行政区划代码 | The national division code; absent only for a development zone.
        Division.parent | 上级区划 | The division directly above; absent for the city (the root).
        Division.population | 人口 | The resident population.
        Division.urbanRuralClass | 城乡分类代码 | The urban-rural classification code (111 主城区 … 220 村庄).

        ResidentialCompound.name | 小区名称 | The compound's name.
        ResidentialCompound.community | 所在社区 | The community the compound lies in.
        ResidentialCompound.newlyBuilt | 新建小区 | Whether the compound is newly built (raises the service-centre area standard).
        ResidentialCompound.builtOn | 建成时间 | When the compound was completed.
        ResidentialCompound.propertyCompany | 物业公司 | The property-management company.
        ResidentialCompound.hasOwnersCommittee | 业主委员会 | Whether the compound has an owners' committee.

        PartyOrganization.code | 组织编码 | The organization code as the platform keeps it.
        PartyOrganization.name | 全称 | The full name.
        PartyOrganization.shortName | 简称 | The short name.
        PartyOrganization.type | 党组织类别 | The type of organization.
        PartyOrganization.parent | 上级党组织 | The organization directly above; absent for a root.
        PartyOrganization.division | 所在行政区划 | The division the organization sits in or covers.
        PartyOrganization.compound | 所在小区 | The residential compound of a compound organization.
        PartyOrganization.grid | 所在网格 | The grid of a grid branch or group.
        PartyOrganization.unit | 所在单位 | The unit the organization is set up in.
        PartyOrganization.coveredUnits | 覆盖单位 | The units a joint branch covers.
        PartyOrganization.memberUnits | 成员单位 | The member units of an alliance committee.
        PartyOrganization.foundedOn | 成立日期 | When the organization was set up.
        PartyOrganization.foundingDocument | 成立文号 | The document that set it up.
        PartyOrganization.dissolvedOn | 撤销日期 | When it was dissolved; absent while it exists.
        PartyOrganization.leadership | 班子 | The current leadership team.
        PartyOrganization.collectsDues | 收缴党费 | Whether it collects Party dues; absent when unknown.
        PartyOrganization.contactPhone | 联系电话 | The contact telephone, landline or mobile, as written.

        Unit.name | 单位名称 | The unit's name.
        Unit.nature | 单位性质 | The unit's nature.
        Unit.creditCode | 统一社会信用代码 | The unified social credit code.
        Unit.employees | 从业人员数 | The number of employees.

        LeadershipTeam.termNumber | 届数 | The term's number (the n-th term).
        LeadershipTeam.electedOn | 当选时间 | When the team was elected or appointed.
        LeadershipTeam.termYears | 任期年限 | The term's length in years.
        LeadershipTeam.termEndsOn | 应换届时间 | When the next election is due, as the platform records it.
        LeadershipTeam.hasCommittee | 设委员会 | Whether a committee is set up.
        LeadershipTeam.selection | 产生方式 | How the team was chosen.
        LeadershipTeam.officers | 班子成员 | The officers, in the platform's order.

        Officer.member | 党员 | The member holding the post.
        Officer.post | 党内职务 | The post.
        Officer.portfolio | 分工 | The committee portfolio, such as 组织委员 or 宣传委员.
        Officer.since | 任职时间 | When the member took the post.
        Officer.selection | 产生方式 | How the member was chosen.

        Approval.rule | 规则 | The id of the rule the approval covers; absent for any approvable rule of the record.
        Approval.reference | 批准文号 | The approval's document reference.
        Approval.approvedOn | 批准日期 | When it was approved.
        Approval.approvedBy | 批准机关 | The approving organization's name.

        Meeting.organization | 党组织 | The organization that held it.
        Meeting.type | 会议类型 | The type of meeting.
        Meeting.heldOn | 召开日期 | The day it was held.
        Meeting.topic | 主题 | The topic.
        Meeting.attendees | 到会人数 | The number of attendees.

        PartyMember.id | 标识 | The identifier in the platform (never the ID number itself).
        PartyMember.name | 姓名 | The name.
        PartyMember.ethnicity | 民族 | The ethnicity.
        PartyMember.nativePlace | 籍贯 | The native place, as written.
        PartyMember.address | 家庭住址 | The home address.
        PartyMember.occupation | 职业 | The occupation.
        PartyMember.workUnit | 工作单位 | The work unit.
        PartyMember.jobTitle | 职务 | The job title in the work unit.
        PartyMember.status | 党员类别 | Probationary or full member.
        PartyMember.standing | 党籍状态 | The Party standing.
        PartyMember.onPartyProbation | 留党察看 | Whether the member is under probation within the Party.
        PartyMember.rightsSuspended | 停止党员权利 | Whether the member's rights are suspended.
        PartyMember.organization | 所在党支部 | The organization holding the member's relationship.
        PartyMember.partyGroup | 党小组 | The Party group inside that organization.
        PartyMember.transferredInOn | 组织关系转入时间 | When the relationship was transferred in.
        PartyMember.recordsKeeper | 档案管理单位 | The unit keeping the member's personnel records.
        PartyMember.timeline | 发展党员时间线 | The recruitment timeline.
        PartyMember.residenceCommunity | 居住地社区 | The community of residence the member reported to (双报到).
        PartyMember.reportedToCommunityOn | 报到时间 | When the member reported to it.
        PartyMember.mobility | 流动情况 | The mobility.
        PartyMember.lostContactSince | 失联时间 | Since when the organization has lost contact with the member.
        PartyMember.lastDuesPaidOn | 最近交纳党费时间 | The last month or day for which dues were paid.

        RecruitmentTimeline.appliedOn | 申请入党时间 | When the application was submitted.
        RecruitmentTimeline.talkedOn | 谈话时间 | When the organization talked with the applicant.
        RecruitmentTimeline.activistOn | 确定入党积极分子时间 | When the applicant became an activist.
        RecruitmentTimeline.candidateOn | 确定发展对象时间 | When the activist became a candidate.
        RecruitmentTimeline.politicalReviewOn | 政治审查时间 | When the political review was completed.
        RecruitmentTimeline.trainingCompletedOn | 集中培训结业时间 | When the intensive training was completed.
        RecruitmentTimeline.admittedOn | 入党时间 | When the branch general meeting admitted the candidate as a probationary member.
        RecruitmentTimeline.approvedOn | 上级党委审批时间 | When the higher committee approved the admission.
        RecruitmentTimeline.admittingOrganization | 入党时所在支部 | The organization that admitted the member.
        RecruitmentTimeline.introducers | 入党介绍人 | The introducers (two are required; the engine checks).
        RecruitmentTimeline.extension | 延长预备期 | The probation extension.
        RecruitmentTimeline.convertedOn | 转正时间 | When the member became a full member.
        RecruitmentTimeline.cancelledOn | 取消预备党员资格时间 | When the probationary membership was cancelled.

        Introducer.member | 介绍人党员标识 | The introducer's member id, when in the dataset.
        Introducer.name | 介绍人姓名 | The introducer's name.

        ProbationExtension.decidedOn | 决定时间 | When the branch decided the extension.
        ProbationExtension.months | 延长月数 | The length of the extension in months.

        Mobility.mobile | 流动党员 | Whether the member is a mobile member.
        Mobility.awaySince | 外出时间 | When the member left.
        Mobility.destination | 流入地 | Where the member went.
        Mobility.fixedPlace | 相对固定 | Whether the member stays at a fairly fixed place.
        Mobility.activityCardNumber | 流动党员活动证编号 | The number of the mobile member's activity card.

        CommunityWorker.name | 姓名 | The name.
        CommunityWorker.community | 所在社区 | The community the worker serves.
        CommunityWorker.post | 岗位类别 | The post category.
        CommunityWorker.position | 职务 | The position held, such as 社区党委书记 or 居委会主任.
        CommunityWorker.grade | 等级 | The grade, 1 to 18 when valid (the profile decides).
        CommunityWorker.monthlyPay | 月薪（元） | The monthly pay in yuan.
        CommunityWorker.hiredOn | 入职时间 | When the worker was hired.
        CommunityWorker.grid | 负责网格 | The grid the worker is responsible for.
        CommunityWorker.member | 党员标识 | The worker's Party-member id, when a member in the dataset.

        GridWorker.name | 姓名 | The name.
        GridWorker.grid | 所在网格 | The grid the worker is assigned to.
        GridWorker.role | 网格员类别 | The role.
        GridWorker.communityWorker | 专职社区工作者标识 | The worker's community-worker id, when also one in the dataset.
        GridWorker.member | 党员标识 | The worker's Party-member id, when a member in the dataset.

        Grid.code | 网格编码 | The grid code, unique in the city.
        Grid.name | 网格名称 | The grid's name.
        Grid.community | 所属社区/村 | The community or village the grid belongs to.
        Grid.population | 人数 | The number of residents.
        Grid.compounds | 管辖小区 | The residential compounds the grid covers.
        Grid.partyOrganization | 网格党组织 | The Party branch or group set up on the grid.

        ServiceCenter.level | 级别 | The level.
        ServiceCenter.regionalKind | 区域类别 | The kind of place a regional centre serves; absent for other levels.
        ServiceCenter.division | 所在行政区划 | The division the centre serves.
        ServiceCenter.compound | 所在小区 | The residential compound of a compound centre.
        ServiceCenter.floorArea | 面积（平方米） | The floor area in square metres.
        ServiceCenter.householdsServed | 服务户数 | The number of households served.
        ServiceCenter.newlyBuilt | 新建小区 | Whether the centre serves a newly built compound.
        ServiceCenter.rooms | 功能室 | The function rooms.
        ServiceCenter.signs | 标识 | The signs hung.
        ServiceCenter.checklist | 六有 | The six-haves items the centre meets.
        ServiceCenter.openedOn | 建成时间 | When the centre opened.
        ServiceCenter.unitsServed | 服务单位数 | The number of units served (regional centres).
        ServiceCenter.staffServed | 服务人员数 | The number of staff served (regional centres).

        Room.type | 功能室类型 | The room type.
        Room.name | 功能室名称 | The room's own name, such as 老友议事厅.
        Room.area | 面积（平方米） | The floor area in square metres.
        """);
  }

  private static void parse(Map<String, Title> into, String table) {
    for (String line : table.split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      String[] parts = line.split("\\|", 3);
      if (parts.length != 3) {
        throw new IllegalStateException("Bad title line: " + line);
      }
      Title previous = into.put(parts[0].strip(), new Title(parts[1].strip(), parts[2].strip()));
      if (previous != null) {
        throw new IllegalStateException("Duplicate title: " + parts[0].strip());
      }
    }
  }

  /** The title of an entity kind. */
  static Title kind(EntityKind kind) {
    return KINDS.get(kind);
  }

  /** The title of a type, by simple name, if listed. */
  static Optional<Title> type(String simpleName) {
    return Optional.ofNullable(TYPES.get(simpleName));
  }

  /** The title of a property of a type (its simple name), if listed. */
  static Optional<Title> property(String typeName, String property) {
    @Nullable Title t = PROPERTIES.get(typeName + "." + property);
    if (t == null) {
      t = PROPERTIES.get("*." + property);
    }
    return Optional.ofNullable(t);
  }

  /** Every property key of the table, for a test that finds keys no type uses. */
  static Map<String, Title> properties() {
    return Collections.unmodifiableMap(PROPERTIES);
  }
}
