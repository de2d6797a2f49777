/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AdminStaffAccounts($search: String, $after: String) {\n    staffAccounts(search: $search, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          email\n          active\n          mustChangePassword\n          lastLoginAt\n          roles {\n            id\n            role\n            region {\n              id\n              slug\n              name\n            }\n            unit {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.AdminStaffAccountsDocument,
    "\n  mutation AdminCreateStaffAccount($input: CreateStaffAccountInput!) {\n    createStaffAccount(input: $input) {\n      temporaryPassword\n      user {\n        email\n      }\n    }\n  }\n": typeof types.AdminCreateStaffAccountDocument,
    "\n  mutation AdminResetStaffPassword($id: ID!) {\n    resetStaffPassword(id: $id) {\n      temporaryPassword\n      user {\n        email\n      }\n    }\n  }\n": typeof types.AdminResetStaffPasswordDocument,
    "\n  mutation AdminSetStaffAccountActive($id: ID!, $active: Boolean!) {\n    setStaffAccountActive(id: $id, active: $active) {\n      id\n      active\n    }\n  }\n": typeof types.AdminSetStaffAccountActiveDocument,
    "\n  query AdminRegions {\n    regions {\n      id\n      slug\n      name\n      province\n      proofOfWorkRequired\n      units {\n        id\n      }\n    }\n  }\n": typeof types.AdminRegionsDocument,
    "\n  mutation AdminUpdateRegion($id: ID!, $input: UpdateRegionInput!) {\n    updateRegion(id: $id, input: $input) {\n      id\n      proofOfWorkRequired\n    }\n  }\n": typeof types.AdminUpdateRegionDocument,
    "\n  mutation AdminGrantRole($input: GrantRoleInput!) {\n    grantRole(input: $input) {\n      id\n    }\n  }\n": typeof types.AdminGrantRoleDocument,
    "\n  mutation AdminRevokeRole($grantId: ID!) {\n    revokeRole(grantId: $grantId)\n  }\n": typeof types.AdminRevokeRoleDocument,
    "\n  query AdminScopes {\n    regions {\n      id\n      name\n      units {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AdminScopesDocument,
    "\n  query AdminCatalogRegions {\n    regions {\n      id\n      slug\n      name\n      province\n      kind\n      headTitle\n      timeZone\n      proofOfWorkRequired\n      units {\n        id\n      }\n    }\n  }\n": typeof types.AdminCatalogRegionsDocument,
    "\n  query AdminCatalogRegion($slug: String!) {\n    region(slug: $slug) {\n      id\n      slug\n      name\n      province\n      kind\n      headTitle\n      timeZone\n      proofOfWorkRequired\n      units {\n        id\n        slug\n        name\n        abbreviation\n        kind\n        parent {\n          id\n        }\n        services {\n          slug\n        }\n      }\n    }\n  }\n": typeof types.AdminCatalogRegionDocument,
    "\n  query AdminCatalogUnit($id: ID!) {\n    unit(id: $id) {\n      id\n      slug\n      name\n      abbreviation\n      kind\n      region {\n        id\n        slug\n        name\n      }\n      services {\n        id\n        slug\n        name\n        category\n        description\n        requirements\n        feeRupiah\n        promisedDays\n        channel\n        expectedAnnualUsers\n      }\n    }\n  }\n": typeof types.AdminCatalogUnitDocument,
    "\n  mutation AdminCreateRegion($input: CreateRegionInput!) {\n    createRegion(input: $input) {\n      id\n      slug\n    }\n  }\n": typeof types.AdminCreateRegionDocument,
    "\n  mutation AdminEditRegion($id: ID!, $input: UpdateRegionInput!) {\n    updateRegion(id: $id, input: $input) {\n      id\n      slug\n    }\n  }\n": typeof types.AdminEditRegionDocument,
    "\n  mutation AdminCreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      id\n    }\n  }\n": typeof types.AdminCreateUnitDocument,
    "\n  mutation AdminUpdateUnit($id: ID!, $input: UpdateUnitInput!) {\n    updateUnit(id: $id, input: $input) {\n      id\n      services {\n        slug\n      }\n    }\n  }\n": typeof types.AdminUpdateUnitDocument,
    "\n  mutation AdminCreateService($input: CreateServiceInput!) {\n    createService(input: $input) {\n      id\n      slug\n    }\n  }\n": typeof types.AdminCreateServiceDocument,
    "\n  mutation AdminUpdateService($id: ID!, $input: UpdateServiceInput!) {\n    updateService(id: $id, input: $input) {\n      id\n      slug\n    }\n  }\n": typeof types.AdminUpdateServiceDocument,
    "\n  query AdminCatalogAudit($after: String, $entityType: AdminEntityType) {\n    adminAuditLog(first: 25, after: $after, entityType: $entityType) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          at\n          action\n          entityType\n          entityId\n          before\n          after\n          actor {\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.AdminCatalogAuditDocument,
    "\n  query FollowUpList($regionSlug: String!, $period: String) {\n    followUpPlans(regionSlug: $regionSlug, period: $period) {\n      id\n      period\n      periodStart\n      periodEnd\n      periodComplete\n      state\n      unit {\n        id\n        name\n      }\n      actions {\n        id\n      }\n      figures {\n        actions\n        due\n        done\n        doneByDeadline\n        dropped\n        overdue\n        completion\n        medianDaysToDone\n      }\n    }\n  }\n": typeof types.FollowUpListDocument,
    "\n  query FollowUpRegionFigures($regionSlug: String!, $period: String) {\n    followUpFigures(regionSlug: $regionSlug, period: $period) {\n      period\n      agreedPlans\n      draftPlans\n      actions\n      due\n      done\n      doneByDeadline\n      dropped\n      overdue\n      completion\n      medianDaysToDone\n    }\n  }\n": typeof types.FollowUpRegionFiguresDocument,
    "\n  query FollowUpUnit($unitId: ID!) {\n    unit(id: $unitId) {\n      id\n      name\n      region {\n        slug\n        name\n        surveyPeriod\n      }\n    }\n  }\n": typeof types.FollowUpUnitDocument,
    "\n  query FollowUpPlan($regionSlug: String!, $period: String, $unitId: ID!) {\n    followUpPlans(regionSlug: $regionSlug, period: $period, unitId: $unitId) {\n      id\n      period\n      periodStart\n      periodEnd\n      periodComplete\n      state\n      draftedAt\n      agreedAt\n      agreedBy\n      unit {\n        id\n        name\n      }\n      actions {\n        id\n        element\n        action\n        owner\n        dueOn\n        status\n        evidence\n        dropReason\n        closedAt\n        overdue\n        doneOnTime\n        drafted\n        sourceAverage\n        sourceLowScoreCount\n        sourceComments {\n          id\n          text\n        }\n      }\n      figures {\n        actions\n        due\n        done\n        doneByDeadline\n        dropped\n        overdue\n        completion\n        medianDaysToDone\n      }\n    }\n    publications(unitId: $unitId, period: $period) {\n      id\n      channel\n      publishedOn\n      link\n      note\n      automatic\n    }\n  }\n": typeof types.FollowUpPlanDocument,
    "\n  mutation DraftFollowUpPlan($unitId: ID!, $period: String!) {\n    draftFollowUpPlan(unitId: $unitId, period: $period) {\n      id\n    }\n  }\n": typeof types.DraftFollowUpPlanDocument,
    "\n  mutation SaveFollowUpAction($input: FollowUpActionInput!) {\n    saveFollowUpAction(input: $input) {\n      id\n    }\n  }\n": typeof types.SaveFollowUpActionDocument,
    "\n  mutation RemoveFollowUpAction($id: ID!) {\n    removeFollowUpAction(id: $id) {\n      id\n    }\n  }\n": typeof types.RemoveFollowUpActionDocument,
    "\n  mutation AgreeFollowUpPlan($unitId: ID!, $period: String!) {\n    agreeFollowUpPlan(unitId: $unitId, period: $period) {\n      id\n      state\n    }\n  }\n": typeof types.AgreeFollowUpPlanDocument,
    "\n  mutation UpdateFollowUpStatus($id: ID!, $status: FollowUpStatus!, $evidence: String, $reason: String) {\n    updateFollowUpStatus(id: $id, status: $status, evidence: $evidence, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.UpdateFollowUpStatusDocument,
    "\n  mutation RecordPublication($input: PublicationInput!) {\n    recordPublication(input: $input) {\n      id\n    }\n  }\n": typeof types.RecordPublicationDocument,
    "\n  mutation RemovePublication($id: ID!) {\n    removePublication(id: $id)\n  }\n": typeof types.RemovePublicationDocument,
    "\n  mutation SetSurveyPeriod($regionSlug: String!, $period: SurveyPeriodKind!) {\n    setSurveyPeriod(regionSlug: $regionSlug, period: $period) {\n      slug\n      surveyPeriod\n    }\n  }\n": typeof types.SetSurveyPeriodDocument,
    "\n  query RegionSurveyPeriod($slug: String!) {\n    region(slug: $slug) {\n      surveyPeriod\n    }\n  }\n": typeof types.RegionSurveyPeriodDocument,
    "\n  query Home {\n    regions {\n      slug\n      name\n      province\n    }\n  }\n": typeof types.HomeDocument,
    "\n  query SearchServices($search: String, $regionSlug: String, $first: Int, $after: String) {\n    services(search: $search, regionSlug: $regionSlug, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ServiceSummary\n        }\n      }\n    }\n    regions {\n      slug\n      name\n    }\n  }\n": typeof types.SearchServicesDocument,
    "\n  query RegionPage($slug: String!, $months: Int!) {\n    region(slug: $slug) {\n      slug\n      name\n      province\n      kind\n      headTitle\n      satisfaction(lastMonths: $months) {\n        ...SatisfactionFacts\n      }\n      units {\n        id\n        name\n        abbreviation\n        satisfaction(lastMonths: $months) {\n          responseCount\n          ikm\n          grade\n        }\n        services {\n          slug\n          name\n        }\n      }\n    }\n  }\n": typeof types.RegionPageDocument,
    "\n  query ServicePage($slug: String!, $months: Int!, $first: Int!, $after: String) {\n    service(slug: $slug) {\n      ...ServiceSummary\n      description\n      category\n      channel\n      promisedDays\n      feeRupiah\n      requirements\n      region {\n        timeZone\n      }\n      satisfaction(lastMonths: $months) {\n        ...SatisfactionFacts\n        elements {\n          element\n          average\n        }\n      }\n      feedback(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            submittedAt\n            comment\n            response {\n              body\n              respondedAt\n              unit {\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ServicePageDocument,
    "\n  query ExplorerStart($regionSlug: String!) {\n    developmentNeeds(regionSlug: $regionSlug, first: 20) {\n      unit {\n        id\n      }\n      suggestedPrograms {\n        id\n        measuredImpact\n      }\n    }\n  }\n": typeof types.ExplorerStartDocument,
    "\n  query RatingPage($slug: String!) {\n    service(slug: $slug) {\n      id\n      proofOfWorkRequired\n      ...ServiceSummary\n    }\n  }\n": typeof types.RatingPageDocument,
    "\n  mutation SubmitFeedback($input: SubmitFeedbackInput!) {\n    submitFeedback(input: $input) {\n      receiptCode\n    }\n  }\n": typeof types.SubmitFeedbackDocument,
    "\n  query ProofOfWorkChallenge($serviceId: ID!) {\n    proofOfWorkChallenge(serviceId: $serviceId)\n  }\n": typeof types.ProofOfWorkChallengeDocument,
    "\n  query FeedbackReceipt($code: String!) {\n    feedbackReceipt(code: $code) {\n      code\n      status\n      submittedAt\n      hasComment\n      service {\n        ...ServiceSummary\n        region {\n          timeZone\n        }\n      }\n      response {\n        body\n        respondedAt\n        unit {\n          name\n        }\n      }\n    }\n  }\n": typeof types.FeedbackReceiptDocument,
    "\n  query Poster($slug: String!) {\n    service(slug: $slug) {\n      ...ServiceSummary\n    }\n  }\n": typeof types.PosterDocument,
    "\n  fragment ForumThreadSummary on ForumThread {\n    id\n    title\n    authorName\n    createdAt\n    lastActivityAt\n    answered\n    postCount\n    service {\n      slug\n      name\n    }\n    unit {\n      id\n      name\n      abbreviation\n      region {\n        slug\n        name\n        timeZone\n      }\n    }\n  }\n": typeof types.ForumThreadSummaryFragmentDoc,
    "\n  query ForumThreads($regionSlug: String, $unitId: ID, $first: Int!, $after: String) {\n    regions {\n      slug\n      name\n    }\n    forumThreads(regionSlug: $regionSlug, unitId: $unitId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ForumThreadSummary\n        }\n      }\n    }\n  }\n": typeof types.ForumThreadsDocument,
    "\n  query ForumUnit($id: ID!) {\n    unit(id: $id) {\n      id\n      name\n      abbreviation\n      region {\n        slug\n        name\n      }\n    }\n  }\n": typeof types.ForumUnitDocument,
    "\n  query ServiceForum($slug: String!, $first: Int!, $after: String) {\n    service(slug: $slug) {\n      id\n      ...ServiceSummary\n      unit {\n        id\n      }\n      region {\n        timeZone\n      }\n    }\n    forumThreads(serviceSlug: $slug, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ForumThreadSummary\n        }\n      }\n    }\n  }\n": typeof types.ServiceForumDocument,
    "\n  query ForumThread($id: ID!, $first: Int!, $after: String) {\n    forumThread(id: $id) {\n      ...ForumThreadSummary\n      posts(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            body\n            authorName\n            createdAt\n            official\n            edited\n            officialUnit {\n              name\n              abbreviation\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ForumThreadDocument,
    "\n  mutation StartForumThread($input: StartForumThreadInput!) {\n    startForumThread(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.StartForumThreadDocument,
    "\n  mutation PostToForum($input: PostToForumInput!) {\n    postToForum(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.PostToForumDocument,
    "\n  fragment ServiceSummary on PublicService {\n    slug\n    name\n    unit {\n      name\n      abbreviation\n    }\n    region {\n      slug\n      name\n    }\n  }\n": typeof types.ServiceSummaryFragmentDoc,
    "\n  fragment SatisfactionFacts on Satisfaction {\n    periodFrom\n    periodTo\n    responseCount\n    ikm\n    grade\n    provisional\n    requiredSampleSize\n  }\n": typeof types.SatisfactionFactsFragmentDoc,
    "\n  query OpenData($regionSlug: String!, $period: String) {\n    openData(regionSlug: $regionSlug, period: $period) {\n      region {\n        slug\n        name\n        timeZone\n      }\n      period {\n        key\n        kind\n        from\n        to\n        state\n        publishedAt\n        revisedAt\n      }\n      periods {\n        key\n        kind\n        from\n        to\n        state\n      }\n      rows {\n        service {\n          slug\n          name\n        }\n        unit {\n          id\n          name\n          abbreviation\n        }\n        version\n        publishedAt\n        lateResponses\n        responseCount\n        ikm\n        grade\n        elements {\n          element\n          average\n        }\n        revisions {\n          version\n          publishedAt\n          responseCount\n          ikm\n          grade\n        }\n      }\n      units {\n        unit {\n          id\n          name\n          abbreviation\n        }\n        responseCount\n        ikm\n        grade\n      }\n      total {\n        responseCount\n        ikm\n        grade\n      }\n    }\n  }\n": typeof types.OpenDataDocument,
    "\n  query HrElementMap($regionSlug: String!) {\n    elementCompetencyMap(regionSlug: $regionSlug) {\n      element\n      serviceTechnical\n      competencies {\n        id\n        code\n        name\n      }\n    }\n    competencies {\n      id\n      code\n      name\n      kind\n    }\n  }\n": typeof types.HrElementMapDocument,
    "\n  mutation HrSetElementMap($regionSlug: String!, $element: SkmElement!, $competencyIds: [ID!]!, $serviceTechnical: Boolean!) {\n    setElementCompetencies(regionSlug: $regionSlug, element: $element, competencyIds: $competencyIds, serviceTechnical: $serviceTechnical) {\n      element\n    }\n  }\n": typeof types.HrSetElementMapDocument,
    "\n  mutation ImportHrData($input: ImportHrDataInput!) {\n    importHrData(input: $input) {\n      kind\n      dryRun\n      rowsRead\n      imported\n      unchanged\n      rejected\n      problemCount\n      problems {\n        line\n        column\n        message\n      }\n    }\n  }\n": typeof types.ImportHrDataDocument,
    "\n  query HrHeatmap($region: String!) {\n    competencyHeatmap(regionSlug: $region) {\n      competencies {\n        id\n        code\n        name\n      }\n      units {\n        unit {\n          id\n          name\n        }\n        cells {\n          averageGap\n          employeesBelowStandard\n          employeesAssessed\n        }\n      }\n    }\n  }\n": typeof types.HrHeatmapDocument,
    "\n  query HrUnitEmployees($unit: ID!) {\n    unitCompetencyProfile(unitId: $unit) {\n      unit {\n        id\n        name\n      }\n      employees {\n        id\n        name\n        nip\n        position\n        jobPersonMatch\n        jpThisYear\n      }\n    }\n  }\n": typeof types.HrUnitEmployeesDocument,
    "\n  query HrEmployeeProfile($employee: ID!, $target: ID) {\n    employeeProfile(employeeId: $employee, targetPositionId: $target) {\n      id\n      nip\n      name\n      unit {\n        id\n        name\n      }\n      position {\n        id\n        title\n      }\n      cycleMonths\n      jobPersonMatch\n      targetPosition {\n        id\n        title\n        unit {\n          name\n        }\n      }\n      targetJobPersonMatch\n      competencies {\n        competency {\n          id\n          code\n          name\n        }\n        required\n        assessed\n        assessedOn\n        method\n        stale\n        gap\n        surplus\n        targetRequired\n        targetGap\n      }\n      jpThisYear\n      jpShortfall\n      trainings {\n        programId\n        title\n        status\n        completedOn\n        jpEarned\n        reason\n      }\n      developmentActivities {\n        id\n        kind\n        title\n        competency {\n          name\n        }\n        startedOn\n        endedOn\n        note\n      }\n      targetPositionOptions {\n        id\n        title\n        unit {\n          name\n        }\n      }\n    }\n  }\n": typeof types.HrEmployeeProfileDocument,
    "\n  mutation HrSetTargetPosition($employee: ID!, $position: ID) {\n    setTargetPosition(employeeId: $employee, positionId: $position) {\n      id\n      targetPosition {\n        id\n      }\n    }\n  }\n": typeof types.HrSetTargetPositionDocument,
    "\n  query HrAssessmentCoverage($unit: ID!) {\n    assessmentCoverage(unitId: $unit) {\n      unit {\n        id\n        name\n      }\n      cycleMonths\n      employeeCount\n      upToDate\n      coverage\n      overdue {\n        employeeId\n        name\n        nip\n        lastAssessedOn\n        monthsSince\n      }\n    }\n  }\n": typeof types.HrAssessmentCoverageDocument,
    "\n  mutation HrSetAssessmentCycle($region: String!, $months: Int!) {\n    setAssessmentCycle(regionSlug: $region, months: $months) {\n      regionSlug\n      cycleMonths\n    }\n  }\n": typeof types.HrSetAssessmentCycleDocument,
    "\n  query HrPotential($region: String!, $competency: ID, $first: Int) {\n    potentialEmployees(regionSlug: $region, competencyId: $competency, first: $first) {\n      employee {\n        id\n        name\n        nip\n        unit {\n          name\n        }\n        position\n      }\n      competency {\n        id\n        name\n      }\n      required\n      assessed\n      surplus\n      activities {\n        id\n        kind\n        title\n        startedOn\n        endedOn\n      }\n    }\n    competencies {\n      id\n      code\n      name\n    }\n  }\n": typeof types.HrPotentialDocument,
    "\n  mutation HrRecordActivity($input: DevelopmentActivityInput!) {\n    recordDevelopmentActivity(input: $input) {\n      id\n    }\n  }\n": typeof types.HrRecordActivityDocument,
    "\n  query HrRegionUnits($slug: String!) {\n    region(slug: $slug) {\n      id\n      slug\n      name\n      timeZone\n      units {\n        id\n        name\n      }\n    }\n  }\n": typeof types.HrRegionUnitsDocument,
    "\n  query HrEmployees($regionSlug: String!, $unitId: ID, $search: String, $first: Int, $after: String) {\n    employees(regionSlug: $regionSlug, unitId: $unitId, search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          nip\n          name\n          active\n          employmentType\n          unit {\n            id\n            name\n          }\n          position {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n": typeof types.HrEmployeesDocument,
    "\n  query HrEmployee($id: ID!) {\n    employee(id: $id) {\n      id\n      nip\n      name\n      active\n      employmentType\n      unit {\n        id\n        name\n        region {\n          slug\n        }\n      }\n      position {\n        id\n        title\n      }\n      assessments {\n        id\n        level\n        assessedOn\n        method\n        assessor\n        competency {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n": typeof types.HrEmployeeDocument,
    "\n  query HrPositions($regionSlug: String!, $unitId: ID) {\n    positions(regionSlug: $regionSlug, unitId: $unitId) {\n      id\n      title\n      kind\n      unit {\n        id\n        name\n      }\n      requirements {\n        requiredLevel\n        competency {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n": typeof types.HrPositionsDocument,
    "\n  query HrDictionary($regionSlug: String!) {\n    competencies(regionSlug: $regionSlug) {\n      id\n      code\n      name\n      kind\n      description\n      levels\n      region {\n        slug\n      }\n    }\n  }\n": typeof types.HrDictionaryDocument,
    "\n  mutation HrSaveEmployee($input: EmployeeInput!) {\n    saveEmployee(input: $input) {\n      id\n    }\n  }\n": typeof types.HrSaveEmployeeDocument,
    "\n  mutation HrSetEmployeeActive($id: ID!, $active: Boolean!) {\n    setEmployeeActive(id: $id, active: $active) {\n      id\n      active\n    }\n  }\n": typeof types.HrSetEmployeeActiveDocument,
    "\n  mutation HrRecordAssessment($input: RecordAssessmentInput!) {\n    recordAssessment(input: $input) {\n      id\n    }\n  }\n": typeof types.HrRecordAssessmentDocument,
    "\n  mutation HrSavePosition($input: PositionInput!) {\n    savePosition(input: $input) {\n      id\n    }\n  }\n": typeof types.HrSavePositionDocument,
    "\n  mutation HrCreateCompetency($input: CompetencyInput!) {\n    createCompetency(input: $input) {\n      id\n    }\n  }\n": typeof types.HrCreateCompetencyDocument,
    "\n  mutation HrUpdateCompetency($id: ID!, $input: CompetencyInput!) {\n    updateCompetency(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.HrUpdateCompetencyDocument,
    "\n  query HrNeeds($regionSlug: String!, $year: Int, $competencyId: ID) {\n    developmentNeeds(regionSlug: $regionSlug, year: $year, competencyId: $competencyId, first: 50) {\n      unit {\n        id\n        name\n      }\n      competency {\n        id\n        code\n        name\n      }\n      priority\n      evidence {\n        feedbackSignal\n        lowScoreCount\n        scoreCount\n        taggedCount\n        competencyGap\n        jpShortfall\n        periodStart\n        periodEnd\n      }\n      participation {\n        invited\n        completed\n        declined\n        noShow\n        dropped\n        rate\n        low\n      }\n      suggestedPrograms {\n        id\n        title\n        ownerOffice\n        measuredImpact\n        shared\n        jp\n        partner {\n          name\n        }\n      }\n    }\n    facilitiesIssues(regionSlug: $regionSlug, year: $year) {\n      unit {\n        id\n        name\n      }\n      responseCount\n      average\n      lowScoreCount\n      lowShare\n    }\n    competencies {\n      id\n      code\n      name\n    }\n  }\n": typeof types.HrNeedsDocument,
    "\n  query HrPlan($regionSlug: String!, $year: Int!, $budget: Float!) {\n    developmentPlan(regionSlug: $regionSlug, year: $year, budget: $budget) {\n      year\n      budget\n      spent\n      remaining\n      items {\n        rank\n        need {\n          unit {\n            id\n            name\n          }\n          competency {\n            code\n            name\n          }\n          priority\n        }\n        program {\n          id\n          title\n          ownerOffice\n          jp\n        }\n        participants {\n          employeeId\n          name\n          nip\n          reasons\n          reason\n          reasonEn\n        }\n        participantCount\n        costPerParticipant\n        cost\n        priorityCovered\n        jpAdded\n        explanation\n        explanationEn\n      }\n      uncovered {\n        need {\n          unit {\n            id\n            name\n          }\n          competency {\n            code\n            name\n          }\n          priority\n        }\n        reason\n        employeesLeft\n        costToCover\n        explanation\n        explanationEn\n      }\n    }\n  }\n": typeof types.HrPlanDocument,
    "\n  query HrPrograms($regionSlug: String!, $includeShared: Boolean, $competencyId: ID) {\n    trainingPrograms(regionSlug: $regionSlug, includeShared: $includeShared, competencyId: $competencyId) {\n      id\n      title\n      mode\n      form\n      jp\n      costPerParticipant\n      shared\n      ownerOffice\n      measuredImpact\n      region {\n        slug\n        name\n      }\n      partner {\n        name\n        kind\n      }\n      competencies {\n        id\n        code\n        name\n      }\n    }\n    partners(regionSlug: $regionSlug) {\n      id\n      name\n      kind\n    }\n    competencies {\n      id\n      code\n      name\n      kind\n    }\n  }\n": typeof types.HrProgramsDocument,
    "\n  query HrProgram($id: ID!) {\n    trainingProgram(id: $id) {\n      id\n      title\n      description\n      mode\n      form\n      jp\n      costPerParticipant\n      startsOn\n      endsOn\n      shared\n      ownerOffice\n      measuredImpact\n      region {\n        slug\n        name\n        units {\n          id\n          name\n        }\n      }\n      partner {\n        name\n        kind\n      }\n      competencies {\n        id\n        code\n        name\n      }\n      enrolments {\n        id\n        status\n        completedOn\n        jpEarned\n        reason\n        employee {\n          id\n          nip\n          name\n          unit {\n            id\n            name\n          }\n        }\n      }\n    }\n    trainingImpact(programId: $id) {\n      unit {\n        id\n        name\n      }\n      competency {\n        code\n        name\n      }\n      completedAt\n      before {\n        responseCount\n        average\n      }\n      after {\n        responseCount\n        average\n      }\n      change\n    }\n  }\n": typeof types.HrProgramDocument,
    "\n  query HrUnitPeople($unitId: ID!) {\n    unitCompetencyProfile(unitId: $unitId) {\n      year\n      employees {\n        id\n        nip\n        name\n        position\n        jpThisYear\n        jpShortfall\n      }\n    }\n  }\n": typeof types.HrUnitPeopleDocument,
    "\n  query HrPartners($regionSlug: String!) {\n    partners(regionSlug: $regionSlug) {\n      id\n      name\n      kind\n      description\n    }\n  }\n": typeof types.HrPartnersDocument,
    "\n  mutation HrSavePartner($input: PartnerInput!) {\n    savePartner(input: $input) {\n      id\n    }\n  }\n": typeof types.HrSavePartnerDocument,
    "\n  mutation HrSaveProgram($input: TrainingProgramInput!) {\n    saveTrainingProgram(input: $input) {\n      id\n    }\n  }\n": typeof types.HrSaveProgramDocument,
    "\n  mutation HrEnrol($programId: ID!, $employeeIds: [ID!]!) {\n    enrolEmployees(programId: $programId, employeeIds: $employeeIds) {\n      id\n    }\n  }\n": typeof types.HrEnrolDocument,
    "\n  mutation HrUpdateEnrolment($input: EnrolmentUpdateInput!) {\n    updateEnrolment(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.HrUpdateEnrolmentDocument,
    "\n  query UnitOverview($unitId: ID!) {\n    unitOverview(unitId: $unitId) {\n      unit {\n        id\n        name\n      }\n      periodStart\n      periodEnd\n      satisfaction {\n        responseCount\n        ikm\n        grade\n      }\n      services {\n        service {\n          id\n          name\n          slug\n        }\n        satisfaction {\n          responseCount\n          ikm\n          grade\n          elements {\n            element\n            average\n          }\n        }\n      }\n      recentComments {\n        service {\n          name\n        }\n        feedback {\n          id\n          comment\n          submittedAt\n        }\n      }\n      completedPrograms {\n        programId\n        title\n        completions\n        impact {\n          competency {\n            code\n            name\n          }\n          completedAt\n          before {\n            responseCount\n            average\n          }\n          after {\n            responseCount\n            average\n          }\n          change\n        }\n      }\n    }\n  }\n": typeof types.UnitOverviewDocument,
    "\n  query HrCitizenVoices($regionSlug: String!, $unitId: ID, $competencyId: ID, $lowScoresOnly: Boolean, $first: Int, $after: String) {\n    citizenVoices(regionSlug: $regionSlug, unitId: $unitId, competencyId: $competencyId, lowScoresOnly: $lowScoresOnly, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          text\n          submittedAt\n          lowElements\n          service {\n            id\n            name\n          }\n          unit {\n            id\n            name\n          }\n          competencyTags {\n            id\n            code\n            name\n          }\n        }\n      }\n    }\n    region(slug: $regionSlug) {\n      timeZone\n      units {\n        id\n        name\n      }\n    }\n    competencies {\n      id\n      code\n      name\n    }\n  }\n": typeof types.HrCitizenVoicesDocument,
    "\n  query ReportRegion($slug: String!) {\n    region(slug: $slug) {\n      id\n      slug\n      name\n      timeZone\n      surveyPeriod\n      units {\n        id\n        name\n        services {\n          id\n        }\n      }\n    }\n  }\n": typeof types.ReportRegionDocument,
    "\n  query ReportUnitRegion($id: ID!) {\n    unit(id: $id) {\n      id\n      name\n      region {\n        id\n        slug\n        name\n        timeZone\n        surveyPeriod\n      }\n    }\n  }\n": typeof types.ReportUnitRegionDocument,
    "\n  query SkmReports($regionSlug: String!, $period: String, $unitId: ID) {\n    skmReports(regionSlug: $regionSlug, period: $period, unitId: $unitId) {\n      id\n      periodKey\n      version\n      publishedAt\n      responseCount\n      ikm\n      grade\n      unit {\n        id\n        name\n      }\n    }\n  }\n": typeof types.SkmReportsDocument,
    "\n  query SkmReportPreview($unitId: ID!, $period: String!) {\n    skmReportPreview(unitId: $unitId, period: $period) {\n      periodKey\n      periodFrom\n      periodTo\n      complete\n      responseCount\n      ikm\n      grade\n      publishable\n      refusal\n      changedSincePublished\n      content\n      unit {\n        id\n        name\n      }\n      published {\n        id\n        version\n        signedBy\n        versions {\n          id\n          version\n          publishedAt\n          responseCount\n          ikm\n          revisionReason\n        }\n      }\n    }\n  }\n": typeof types.SkmReportPreviewDocument,
    "\n  mutation PublishSkmReport($unitId: ID!, $period: String!, $signedBy: String!) {\n    publishSkmReport(unitId: $unitId, period: $period, signedBy: $signedBy) {\n      id\n      version\n    }\n  }\n": typeof types.PublishSkmReportDocument,
    "\n  query PublishedSkmReport($id: ID!, $version: Int) {\n    publishedSkmReport(id: $id, version: $version) {\n      id\n      version\n      periodKey\n      publishedAt\n      signedBy\n      revisionReason\n      content\n      unit {\n        name\n      }\n    }\n  }\n": typeof types.PublishedSkmReportDocument,
    "\n  mutation StaffLogin($email: String!, $password: String!, $proofOfWork: String) {\n    login(email: $email, password: $password, proofOfWork: $proofOfWork) {\n      token\n      expiresAt\n      user {\n        id\n        mustChangePassword\n      }\n    }\n  }\n": typeof types.StaffLoginDocument,
    "\n  mutation StaffLogout {\n    logout\n  }\n": typeof types.StaffLogoutDocument,
    "\n  mutation StaffChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      token\n      expiresAt\n    }\n  }\n": typeof types.StaffChangePasswordDocument,
    "\n  query StaffMe {\n    me {\n      id\n      name\n      email\n      mustChangePassword\n      roles {\n        role\n        region {\n          id\n          slug\n          name\n        }\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.StaffMeDocument,
    "\n  query StaffRegions {\n    regions {\n      id\n      slug\n      name\n    }\n  }\n": typeof types.StaffRegionsDocument,
    "\n  fragment TagCompetency on Competency {\n    id\n    code\n    name\n  }\n": typeof types.TagCompetencyFragmentDoc,
    "\n  query ModerationQueue($regionSlug: String!, $status: ModerationStatus, $serviceId: ID, $reported: Boolean, $first: Int, $after: String) {\n    moderationQueue(regionSlug: $regionSlug, status: $status, serviceId: $serviceId, reported: $reported, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          text\n          status\n          reportCount\n          submittedAt\n          redacted\n          hiddenBySystem\n          threadTitle\n          authorName\n          reports {\n            reason\n            at\n            open\n          }\n          competencyTags {\n            ...TagCompetency\n          }\n          service {\n            id\n            slug\n            name\n          }\n        }\n      }\n    }\n    competencies {\n      ...TagCompetency\n    }\n  }\n": typeof types.ModerationQueueDocument,
    "\n  query ModerationItem($id: ID!) {\n    moderationItem(id: $id) {\n      id\n      kind\n      text\n      status\n      reportCount\n      submittedAt\n      redacted\n      hiddenBySystem\n      threadTitle\n      authorName\n      reports {\n        reason\n        at\n        open\n      }\n      competencyTags {\n        ...TagCompetency\n      }\n      service {\n        id\n        slug\n        name\n        region {\n          slug\n        }\n      }\n    }\n    competencies {\n      ...TagCompetency\n    }\n  }\n": typeof types.ModerationItemDocument,
    "\n  query StaffRegionServices($regionSlug: String!) {\n    region(slug: $regionSlug) {\n      timeZone\n    }\n    services(regionSlug: $regionSlug, first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.StaffRegionServicesDocument,
    "\n  fragment ModeratedItem on ModerationItem {\n    id\n    status\n    service {\n      slug\n      region {\n        slug\n      }\n    }\n  }\n": typeof types.ModeratedItemFragmentDoc,
    "\n  mutation Moderate($input: ModerateInput!) {\n    moderate(input: $input) {\n      ...ModeratedItem\n    }\n  }\n": typeof types.ModerateDocument,
    "\n  mutation ModerateMany($input: ModerateManyInput!) {\n    moderateMany(input: $input) {\n      ...ModeratedItem\n    }\n  }\n": typeof types.ModerateManyDocument,
    "\n  query ModerationLog($regionSlug: String, $itemId: ID, $first: Int, $after: String) {\n    moderationLog(regionSlug: $regionSlug, itemId: $itemId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          action\n          reason\n          at\n          redactedText\n          moderator {\n            name\n            system\n          }\n          item {\n            id\n            kind\n            text\n            service {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ModerationLogDocument,
    "\n  query OfficerInbox($unitId: ID, $status: InboxStatus, $first: Int, $after: String) {\n    officerInbox(unitId: $unitId, status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          text\n          threadTitle\n          submittedAt\n          publishedAt\n          dueAt\n          workingDaysOpen\n          overdue\n          unit {\n            id\n            name\n            region {\n              timeZone\n            }\n          }\n          service {\n            name\n            slug\n            region {\n              slug\n            }\n          }\n          response {\n            body\n            respondedAt\n            edited\n          }\n        }\n      }\n    }\n  }\n": typeof types.OfficerInboxDocument,
    "\n  mutation RespondToFeedback($feedbackId: ID!, $body: String!) {\n    respondToFeedback(feedbackId: $feedbackId, body: $body) {\n      id\n      edited\n    }\n  }\n": typeof types.RespondToFeedbackDocument,
    "\n  mutation AnswerForumThread($threadId: ID!, $body: String!) {\n    answerForumThread(threadId: $threadId, body: $body) {\n      id\n    }\n  }\n": typeof types.AnswerForumThreadDocument,
    "\n  query StaffUnits {\n    regions {\n      id\n      name\n      timeZone\n      units {\n        id\n        name\n      }\n    }\n  }\n": typeof types.StaffUnitsDocument,
    "\n  mutation TagCompetency($itemId: ID!, $competencyId: ID!) {\n    tagCompetency(itemId: $itemId, competencyId: $competencyId) {\n      id\n    }\n  }\n": typeof types.TagCompetencyDocument,
    "\n  mutation UntagCompetency($itemId: ID!, $competencyId: ID!) {\n    untagCompetency(itemId: $itemId, competencyId: $competencyId) {\n      id\n    }\n  }\n": typeof types.UntagCompetencyDocument,
};
const documents: Documents = {
    "\n  query AdminStaffAccounts($search: String, $after: String) {\n    staffAccounts(search: $search, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          email\n          active\n          mustChangePassword\n          lastLoginAt\n          roles {\n            id\n            role\n            region {\n              id\n              slug\n              name\n            }\n            unit {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.AdminStaffAccountsDocument,
    "\n  mutation AdminCreateStaffAccount($input: CreateStaffAccountInput!) {\n    createStaffAccount(input: $input) {\n      temporaryPassword\n      user {\n        email\n      }\n    }\n  }\n": types.AdminCreateStaffAccountDocument,
    "\n  mutation AdminResetStaffPassword($id: ID!) {\n    resetStaffPassword(id: $id) {\n      temporaryPassword\n      user {\n        email\n      }\n    }\n  }\n": types.AdminResetStaffPasswordDocument,
    "\n  mutation AdminSetStaffAccountActive($id: ID!, $active: Boolean!) {\n    setStaffAccountActive(id: $id, active: $active) {\n      id\n      active\n    }\n  }\n": types.AdminSetStaffAccountActiveDocument,
    "\n  query AdminRegions {\n    regions {\n      id\n      slug\n      name\n      province\n      proofOfWorkRequired\n      units {\n        id\n      }\n    }\n  }\n": types.AdminRegionsDocument,
    "\n  mutation AdminUpdateRegion($id: ID!, $input: UpdateRegionInput!) {\n    updateRegion(id: $id, input: $input) {\n      id\n      proofOfWorkRequired\n    }\n  }\n": types.AdminUpdateRegionDocument,
    "\n  mutation AdminGrantRole($input: GrantRoleInput!) {\n    grantRole(input: $input) {\n      id\n    }\n  }\n": types.AdminGrantRoleDocument,
    "\n  mutation AdminRevokeRole($grantId: ID!) {\n    revokeRole(grantId: $grantId)\n  }\n": types.AdminRevokeRoleDocument,
    "\n  query AdminScopes {\n    regions {\n      id\n      name\n      units {\n        id\n        name\n      }\n    }\n  }\n": types.AdminScopesDocument,
    "\n  query AdminCatalogRegions {\n    regions {\n      id\n      slug\n      name\n      province\n      kind\n      headTitle\n      timeZone\n      proofOfWorkRequired\n      units {\n        id\n      }\n    }\n  }\n": types.AdminCatalogRegionsDocument,
    "\n  query AdminCatalogRegion($slug: String!) {\n    region(slug: $slug) {\n      id\n      slug\n      name\n      province\n      kind\n      headTitle\n      timeZone\n      proofOfWorkRequired\n      units {\n        id\n        slug\n        name\n        abbreviation\n        kind\n        parent {\n          id\n        }\n        services {\n          slug\n        }\n      }\n    }\n  }\n": types.AdminCatalogRegionDocument,
    "\n  query AdminCatalogUnit($id: ID!) {\n    unit(id: $id) {\n      id\n      slug\n      name\n      abbreviation\n      kind\n      region {\n        id\n        slug\n        name\n      }\n      services {\n        id\n        slug\n        name\n        category\n        description\n        requirements\n        feeRupiah\n        promisedDays\n        channel\n        expectedAnnualUsers\n      }\n    }\n  }\n": types.AdminCatalogUnitDocument,
    "\n  mutation AdminCreateRegion($input: CreateRegionInput!) {\n    createRegion(input: $input) {\n      id\n      slug\n    }\n  }\n": types.AdminCreateRegionDocument,
    "\n  mutation AdminEditRegion($id: ID!, $input: UpdateRegionInput!) {\n    updateRegion(id: $id, input: $input) {\n      id\n      slug\n    }\n  }\n": types.AdminEditRegionDocument,
    "\n  mutation AdminCreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      id\n    }\n  }\n": types.AdminCreateUnitDocument,
    "\n  mutation AdminUpdateUnit($id: ID!, $input: UpdateUnitInput!) {\n    updateUnit(id: $id, input: $input) {\n      id\n      services {\n        slug\n      }\n    }\n  }\n": types.AdminUpdateUnitDocument,
    "\n  mutation AdminCreateService($input: CreateServiceInput!) {\n    createService(input: $input) {\n      id\n      slug\n    }\n  }\n": types.AdminCreateServiceDocument,
    "\n  mutation AdminUpdateService($id: ID!, $input: UpdateServiceInput!) {\n    updateService(id: $id, input: $input) {\n      id\n      slug\n    }\n  }\n": types.AdminUpdateServiceDocument,
    "\n  query AdminCatalogAudit($after: String, $entityType: AdminEntityType) {\n    adminAuditLog(first: 25, after: $after, entityType: $entityType) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          at\n          action\n          entityType\n          entityId\n          before\n          after\n          actor {\n            name\n          }\n        }\n      }\n    }\n  }\n": types.AdminCatalogAuditDocument,
    "\n  query FollowUpList($regionSlug: String!, $period: String) {\n    followUpPlans(regionSlug: $regionSlug, period: $period) {\n      id\n      period\n      periodStart\n      periodEnd\n      periodComplete\n      state\n      unit {\n        id\n        name\n      }\n      actions {\n        id\n      }\n      figures {\n        actions\n        due\n        done\n        doneByDeadline\n        dropped\n        overdue\n        completion\n        medianDaysToDone\n      }\n    }\n  }\n": types.FollowUpListDocument,
    "\n  query FollowUpRegionFigures($regionSlug: String!, $period: String) {\n    followUpFigures(regionSlug: $regionSlug, period: $period) {\n      period\n      agreedPlans\n      draftPlans\n      actions\n      due\n      done\n      doneByDeadline\n      dropped\n      overdue\n      completion\n      medianDaysToDone\n    }\n  }\n": types.FollowUpRegionFiguresDocument,
    "\n  query FollowUpUnit($unitId: ID!) {\n    unit(id: $unitId) {\n      id\n      name\n      region {\n        slug\n        name\n        surveyPeriod\n      }\n    }\n  }\n": types.FollowUpUnitDocument,
    "\n  query FollowUpPlan($regionSlug: String!, $period: String, $unitId: ID!) {\n    followUpPlans(regionSlug: $regionSlug, period: $period, unitId: $unitId) {\n      id\n      period\n      periodStart\n      periodEnd\n      periodComplete\n      state\n      draftedAt\n      agreedAt\n      agreedBy\n      unit {\n        id\n        name\n      }\n      actions {\n        id\n        element\n        action\n        owner\n        dueOn\n        status\n        evidence\n        dropReason\n        closedAt\n        overdue\n        doneOnTime\n        drafted\n        sourceAverage\n        sourceLowScoreCount\n        sourceComments {\n          id\n          text\n        }\n      }\n      figures {\n        actions\n        due\n        done\n        doneByDeadline\n        dropped\n        overdue\n        completion\n        medianDaysToDone\n      }\n    }\n    publications(unitId: $unitId, period: $period) {\n      id\n      channel\n      publishedOn\n      link\n      note\n      automatic\n    }\n  }\n": types.FollowUpPlanDocument,
    "\n  mutation DraftFollowUpPlan($unitId: ID!, $period: String!) {\n    draftFollowUpPlan(unitId: $unitId, period: $period) {\n      id\n    }\n  }\n": types.DraftFollowUpPlanDocument,
    "\n  mutation SaveFollowUpAction($input: FollowUpActionInput!) {\n    saveFollowUpAction(input: $input) {\n      id\n    }\n  }\n": types.SaveFollowUpActionDocument,
    "\n  mutation RemoveFollowUpAction($id: ID!) {\n    removeFollowUpAction(id: $id) {\n      id\n    }\n  }\n": types.RemoveFollowUpActionDocument,
    "\n  mutation AgreeFollowUpPlan($unitId: ID!, $period: String!) {\n    agreeFollowUpPlan(unitId: $unitId, period: $period) {\n      id\n      state\n    }\n  }\n": types.AgreeFollowUpPlanDocument,
    "\n  mutation UpdateFollowUpStatus($id: ID!, $status: FollowUpStatus!, $evidence: String, $reason: String) {\n    updateFollowUpStatus(id: $id, status: $status, evidence: $evidence, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.UpdateFollowUpStatusDocument,
    "\n  mutation RecordPublication($input: PublicationInput!) {\n    recordPublication(input: $input) {\n      id\n    }\n  }\n": types.RecordPublicationDocument,
    "\n  mutation RemovePublication($id: ID!) {\n    removePublication(id: $id)\n  }\n": types.RemovePublicationDocument,
    "\n  mutation SetSurveyPeriod($regionSlug: String!, $period: SurveyPeriodKind!) {\n    setSurveyPeriod(regionSlug: $regionSlug, period: $period) {\n      slug\n      surveyPeriod\n    }\n  }\n": types.SetSurveyPeriodDocument,
    "\n  query RegionSurveyPeriod($slug: String!) {\n    region(slug: $slug) {\n      surveyPeriod\n    }\n  }\n": types.RegionSurveyPeriodDocument,
    "\n  query Home {\n    regions {\n      slug\n      name\n      province\n    }\n  }\n": types.HomeDocument,
    "\n  query SearchServices($search: String, $regionSlug: String, $first: Int, $after: String) {\n    services(search: $search, regionSlug: $regionSlug, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ServiceSummary\n        }\n      }\n    }\n    regions {\n      slug\n      name\n    }\n  }\n": types.SearchServicesDocument,
    "\n  query RegionPage($slug: String!, $months: Int!) {\n    region(slug: $slug) {\n      slug\n      name\n      province\n      kind\n      headTitle\n      satisfaction(lastMonths: $months) {\n        ...SatisfactionFacts\n      }\n      units {\n        id\n        name\n        abbreviation\n        satisfaction(lastMonths: $months) {\n          responseCount\n          ikm\n          grade\n        }\n        services {\n          slug\n          name\n        }\n      }\n    }\n  }\n": types.RegionPageDocument,
    "\n  query ServicePage($slug: String!, $months: Int!, $first: Int!, $after: String) {\n    service(slug: $slug) {\n      ...ServiceSummary\n      description\n      category\n      channel\n      promisedDays\n      feeRupiah\n      requirements\n      region {\n        timeZone\n      }\n      satisfaction(lastMonths: $months) {\n        ...SatisfactionFacts\n        elements {\n          element\n          average\n        }\n      }\n      feedback(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            submittedAt\n            comment\n            response {\n              body\n              respondedAt\n              unit {\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ServicePageDocument,
    "\n  query ExplorerStart($regionSlug: String!) {\n    developmentNeeds(regionSlug: $regionSlug, first: 20) {\n      unit {\n        id\n      }\n      suggestedPrograms {\n        id\n        measuredImpact\n      }\n    }\n  }\n": types.ExplorerStartDocument,
    "\n  query RatingPage($slug: String!) {\n    service(slug: $slug) {\n      id\n      proofOfWorkRequired\n      ...ServiceSummary\n    }\n  }\n": types.RatingPageDocument,
    "\n  mutation SubmitFeedback($input: SubmitFeedbackInput!) {\n    submitFeedback(input: $input) {\n      receiptCode\n    }\n  }\n": types.SubmitFeedbackDocument,
    "\n  query ProofOfWorkChallenge($serviceId: ID!) {\n    proofOfWorkChallenge(serviceId: $serviceId)\n  }\n": types.ProofOfWorkChallengeDocument,
    "\n  query FeedbackReceipt($code: String!) {\n    feedbackReceipt(code: $code) {\n      code\n      status\n      submittedAt\n      hasComment\n      service {\n        ...ServiceSummary\n        region {\n          timeZone\n        }\n      }\n      response {\n        body\n        respondedAt\n        unit {\n          name\n        }\n      }\n    }\n  }\n": types.FeedbackReceiptDocument,
    "\n  query Poster($slug: String!) {\n    service(slug: $slug) {\n      ...ServiceSummary\n    }\n  }\n": types.PosterDocument,
    "\n  fragment ForumThreadSummary on ForumThread {\n    id\n    title\n    authorName\n    createdAt\n    lastActivityAt\n    answered\n    postCount\n    service {\n      slug\n      name\n    }\n    unit {\n      id\n      name\n      abbreviation\n      region {\n        slug\n        name\n        timeZone\n      }\n    }\n  }\n": types.ForumThreadSummaryFragmentDoc,
    "\n  query ForumThreads($regionSlug: String, $unitId: ID, $first: Int!, $after: String) {\n    regions {\n      slug\n      name\n    }\n    forumThreads(regionSlug: $regionSlug, unitId: $unitId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ForumThreadSummary\n        }\n      }\n    }\n  }\n": types.ForumThreadsDocument,
    "\n  query ForumUnit($id: ID!) {\n    unit(id: $id) {\n      id\n      name\n      abbreviation\n      region {\n        slug\n        name\n      }\n    }\n  }\n": types.ForumUnitDocument,
    "\n  query ServiceForum($slug: String!, $first: Int!, $after: String) {\n    service(slug: $slug) {\n      id\n      ...ServiceSummary\n      unit {\n        id\n      }\n      region {\n        timeZone\n      }\n    }\n    forumThreads(serviceSlug: $slug, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ForumThreadSummary\n        }\n      }\n    }\n  }\n": types.ServiceForumDocument,
    "\n  query ForumThread($id: ID!, $first: Int!, $after: String) {\n    forumThread(id: $id) {\n      ...ForumThreadSummary\n      posts(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            body\n            authorName\n            createdAt\n            official\n            edited\n            officialUnit {\n              name\n              abbreviation\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ForumThreadDocument,
    "\n  mutation StartForumThread($input: StartForumThreadInput!) {\n    startForumThread(input: $input) {\n      id\n      status\n    }\n  }\n": types.StartForumThreadDocument,
    "\n  mutation PostToForum($input: PostToForumInput!) {\n    postToForum(input: $input) {\n      id\n      status\n    }\n  }\n": types.PostToForumDocument,
    "\n  fragment ServiceSummary on PublicService {\n    slug\n    name\n    unit {\n      name\n      abbreviation\n    }\n    region {\n      slug\n      name\n    }\n  }\n": types.ServiceSummaryFragmentDoc,
    "\n  fragment SatisfactionFacts on Satisfaction {\n    periodFrom\n    periodTo\n    responseCount\n    ikm\n    grade\n    provisional\n    requiredSampleSize\n  }\n": types.SatisfactionFactsFragmentDoc,
    "\n  query OpenData($regionSlug: String!, $period: String) {\n    openData(regionSlug: $regionSlug, period: $period) {\n      region {\n        slug\n        name\n        timeZone\n      }\n      period {\n        key\n        kind\n        from\n        to\n        state\n        publishedAt\n        revisedAt\n      }\n      periods {\n        key\n        kind\n        from\n        to\n        state\n      }\n      rows {\n        service {\n          slug\n          name\n        }\n        unit {\n          id\n          name\n          abbreviation\n        }\n        version\n        publishedAt\n        lateResponses\n        responseCount\n        ikm\n        grade\n        elements {\n          element\n          average\n        }\n        revisions {\n          version\n          publishedAt\n          responseCount\n          ikm\n          grade\n        }\n      }\n      units {\n        unit {\n          id\n          name\n          abbreviation\n        }\n        responseCount\n        ikm\n        grade\n      }\n      total {\n        responseCount\n        ikm\n        grade\n      }\n    }\n  }\n": types.OpenDataDocument,
    "\n  query HrElementMap($regionSlug: String!) {\n    elementCompetencyMap(regionSlug: $regionSlug) {\n      element\n      serviceTechnical\n      competencies {\n        id\n        code\n        name\n      }\n    }\n    competencies {\n      id\n      code\n      name\n      kind\n    }\n  }\n": types.HrElementMapDocument,
    "\n  mutation HrSetElementMap($regionSlug: String!, $element: SkmElement!, $competencyIds: [ID!]!, $serviceTechnical: Boolean!) {\n    setElementCompetencies(regionSlug: $regionSlug, element: $element, competencyIds: $competencyIds, serviceTechnical: $serviceTechnical) {\n      element\n    }\n  }\n": types.HrSetElementMapDocument,
    "\n  mutation ImportHrData($input: ImportHrDataInput!) {\n    importHrData(input: $input) {\n      kind\n      dryRun\n      rowsRead\n      imported\n      unchanged\n      rejected\n      problemCount\n      problems {\n        line\n        column\n        message\n      }\n    }\n  }\n": types.ImportHrDataDocument,
    "\n  query HrHeatmap($region: String!) {\n    competencyHeatmap(regionSlug: $region) {\n      competencies {\n        id\n        code\n        name\n      }\n      units {\n        unit {\n          id\n          name\n        }\n        cells {\n          averageGap\n          employeesBelowStandard\n          employeesAssessed\n        }\n      }\n    }\n  }\n": types.HrHeatmapDocument,
    "\n  query HrUnitEmployees($unit: ID!) {\n    unitCompetencyProfile(unitId: $unit) {\n      unit {\n        id\n        name\n      }\n      employees {\n        id\n        name\n        nip\n        position\n        jobPersonMatch\n        jpThisYear\n      }\n    }\n  }\n": types.HrUnitEmployeesDocument,
    "\n  query HrEmployeeProfile($employee: ID!, $target: ID) {\n    employeeProfile(employeeId: $employee, targetPositionId: $target) {\n      id\n      nip\n      name\n      unit {\n        id\n        name\n      }\n      position {\n        id\n        title\n      }\n      cycleMonths\n      jobPersonMatch\n      targetPosition {\n        id\n        title\n        unit {\n          name\n        }\n      }\n      targetJobPersonMatch\n      competencies {\n        competency {\n          id\n          code\n          name\n        }\n        required\n        assessed\n        assessedOn\n        method\n        stale\n        gap\n        surplus\n        targetRequired\n        targetGap\n      }\n      jpThisYear\n      jpShortfall\n      trainings {\n        programId\n        title\n        status\n        completedOn\n        jpEarned\n        reason\n      }\n      developmentActivities {\n        id\n        kind\n        title\n        competency {\n          name\n        }\n        startedOn\n        endedOn\n        note\n      }\n      targetPositionOptions {\n        id\n        title\n        unit {\n          name\n        }\n      }\n    }\n  }\n": types.HrEmployeeProfileDocument,
    "\n  mutation HrSetTargetPosition($employee: ID!, $position: ID) {\n    setTargetPosition(employeeId: $employee, positionId: $position) {\n      id\n      targetPosition {\n        id\n      }\n    }\n  }\n": types.HrSetTargetPositionDocument,
    "\n  query HrAssessmentCoverage($unit: ID!) {\n    assessmentCoverage(unitId: $unit) {\n      unit {\n        id\n        name\n      }\n      cycleMonths\n      employeeCount\n      upToDate\n      coverage\n      overdue {\n        employeeId\n        name\n        nip\n        lastAssessedOn\n        monthsSince\n      }\n    }\n  }\n": types.HrAssessmentCoverageDocument,
    "\n  mutation HrSetAssessmentCycle($region: String!, $months: Int!) {\n    setAssessmentCycle(regionSlug: $region, months: $months) {\n      regionSlug\n      cycleMonths\n    }\n  }\n": types.HrSetAssessmentCycleDocument,
    "\n  query HrPotential($region: String!, $competency: ID, $first: Int) {\n    potentialEmployees(regionSlug: $region, competencyId: $competency, first: $first) {\n      employee {\n        id\n        name\n        nip\n        unit {\n          name\n        }\n        position\n      }\n      competency {\n        id\n        name\n      }\n      required\n      assessed\n      surplus\n      activities {\n        id\n        kind\n        title\n        startedOn\n        endedOn\n      }\n    }\n    competencies {\n      id\n      code\n      name\n    }\n  }\n": types.HrPotentialDocument,
    "\n  mutation HrRecordActivity($input: DevelopmentActivityInput!) {\n    recordDevelopmentActivity(input: $input) {\n      id\n    }\n  }\n": types.HrRecordActivityDocument,
    "\n  query HrRegionUnits($slug: String!) {\n    region(slug: $slug) {\n      id\n      slug\n      name\n      timeZone\n      units {\n        id\n        name\n      }\n    }\n  }\n": types.HrRegionUnitsDocument,
    "\n  query HrEmployees($regionSlug: String!, $unitId: ID, $search: String, $first: Int, $after: String) {\n    employees(regionSlug: $regionSlug, unitId: $unitId, search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          nip\n          name\n          active\n          employmentType\n          unit {\n            id\n            name\n          }\n          position {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n": types.HrEmployeesDocument,
    "\n  query HrEmployee($id: ID!) {\n    employee(id: $id) {\n      id\n      nip\n      name\n      active\n      employmentType\n      unit {\n        id\n        name\n        region {\n          slug\n        }\n      }\n      position {\n        id\n        title\n      }\n      assessments {\n        id\n        level\n        assessedOn\n        method\n        assessor\n        competency {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n": types.HrEmployeeDocument,
    "\n  query HrPositions($regionSlug: String!, $unitId: ID) {\n    positions(regionSlug: $regionSlug, unitId: $unitId) {\n      id\n      title\n      kind\n      unit {\n        id\n        name\n      }\n      requirements {\n        requiredLevel\n        competency {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n": types.HrPositionsDocument,
    "\n  query HrDictionary($regionSlug: String!) {\n    competencies(regionSlug: $regionSlug) {\n      id\n      code\n      name\n      kind\n      description\n      levels\n      region {\n        slug\n      }\n    }\n  }\n": types.HrDictionaryDocument,
    "\n  mutation HrSaveEmployee($input: EmployeeInput!) {\n    saveEmployee(input: $input) {\n      id\n    }\n  }\n": types.HrSaveEmployeeDocument,
    "\n  mutation HrSetEmployeeActive($id: ID!, $active: Boolean!) {\n    setEmployeeActive(id: $id, active: $active) {\n      id\n      active\n    }\n  }\n": types.HrSetEmployeeActiveDocument,
    "\n  mutation HrRecordAssessment($input: RecordAssessmentInput!) {\n    recordAssessment(input: $input) {\n      id\n    }\n  }\n": types.HrRecordAssessmentDocument,
    "\n  mutation HrSavePosition($input: PositionInput!) {\n    savePosition(input: $input) {\n      id\n    }\n  }\n": types.HrSavePositionDocument,
    "\n  mutation HrCreateCompetency($input: CompetencyInput!) {\n    createCompetency(input: $input) {\n      id\n    }\n  }\n": types.HrCreateCompetencyDocument,
    "\n  mutation HrUpdateCompetency($id: ID!, $input: CompetencyInput!) {\n    updateCompetency(id: $id, input: $input) {\n      id\n    }\n  }\n": types.HrUpdateCompetencyDocument,
    "\n  query HrNeeds($regionSlug: String!, $year: Int, $competencyId: ID) {\n    developmentNeeds(regionSlug: $regionSlug, year: $year, competencyId: $competencyId, first: 50) {\n      unit {\n        id\n        name\n      }\n      competency {\n        id\n        code\n        name\n      }\n      priority\n      evidence {\n        feedbackSignal\n        lowScoreCount\n        scoreCount\n        taggedCount\n        competencyGap\n        jpShortfall\n        periodStart\n        periodEnd\n      }\n      participation {\n        invited\n        completed\n        declined\n        noShow\n        dropped\n        rate\n        low\n      }\n      suggestedPrograms {\n        id\n        title\n        ownerOffice\n        measuredImpact\n        shared\n        jp\n        partner {\n          name\n        }\n      }\n    }\n    facilitiesIssues(regionSlug: $regionSlug, year: $year) {\n      unit {\n        id\n        name\n      }\n      responseCount\n      average\n      lowScoreCount\n      lowShare\n    }\n    competencies {\n      id\n      code\n      name\n    }\n  }\n": types.HrNeedsDocument,
    "\n  query HrPlan($regionSlug: String!, $year: Int!, $budget: Float!) {\n    developmentPlan(regionSlug: $regionSlug, year: $year, budget: $budget) {\n      year\n      budget\n      spent\n      remaining\n      items {\n        rank\n        need {\n          unit {\n            id\n            name\n          }\n          competency {\n            code\n            name\n          }\n          priority\n        }\n        program {\n          id\n          title\n          ownerOffice\n          jp\n        }\n        participants {\n          employeeId\n          name\n          nip\n          reasons\n          reason\n          reasonEn\n        }\n        participantCount\n        costPerParticipant\n        cost\n        priorityCovered\n        jpAdded\n        explanation\n        explanationEn\n      }\n      uncovered {\n        need {\n          unit {\n            id\n            name\n          }\n          competency {\n            code\n            name\n          }\n          priority\n        }\n        reason\n        employeesLeft\n        costToCover\n        explanation\n        explanationEn\n      }\n    }\n  }\n": types.HrPlanDocument,
    "\n  query HrPrograms($regionSlug: String!, $includeShared: Boolean, $competencyId: ID) {\n    trainingPrograms(regionSlug: $regionSlug, includeShared: $includeShared, competencyId: $competencyId) {\n      id\n      title\n      mode\n      form\n      jp\n      costPerParticipant\n      shared\n      ownerOffice\n      measuredImpact\n      region {\n        slug\n        name\n      }\n      partner {\n        name\n        kind\n      }\n      competencies {\n        id\n        code\n        name\n      }\n    }\n    partners(regionSlug: $regionSlug) {\n      id\n      name\n      kind\n    }\n    competencies {\n      id\n      code\n      name\n      kind\n    }\n  }\n": types.HrProgramsDocument,
    "\n  query HrProgram($id: ID!) {\n    trainingProgram(id: $id) {\n      id\n      title\n      description\n      mode\n      form\n      jp\n      costPerParticipant\n      startsOn\n      endsOn\n      shared\n      ownerOffice\n      measuredImpact\n      region {\n        slug\n        name\n        units {\n          id\n          name\n        }\n      }\n      partner {\n        name\n        kind\n      }\n      competencies {\n        id\n        code\n        name\n      }\n      enrolments {\n        id\n        status\n        completedOn\n        jpEarned\n        reason\n        employee {\n          id\n          nip\n          name\n          unit {\n            id\n            name\n          }\n        }\n      }\n    }\n    trainingImpact(programId: $id) {\n      unit {\n        id\n        name\n      }\n      competency {\n        code\n        name\n      }\n      completedAt\n      before {\n        responseCount\n        average\n      }\n      after {\n        responseCount\n        average\n      }\n      change\n    }\n  }\n": types.HrProgramDocument,
    "\n  query HrUnitPeople($unitId: ID!) {\n    unitCompetencyProfile(unitId: $unitId) {\n      year\n      employees {\n        id\n        nip\n        name\n        position\n        jpThisYear\n        jpShortfall\n      }\n    }\n  }\n": types.HrUnitPeopleDocument,
    "\n  query HrPartners($regionSlug: String!) {\n    partners(regionSlug: $regionSlug) {\n      id\n      name\n      kind\n      description\n    }\n  }\n": types.HrPartnersDocument,
    "\n  mutation HrSavePartner($input: PartnerInput!) {\n    savePartner(input: $input) {\n      id\n    }\n  }\n": types.HrSavePartnerDocument,
    "\n  mutation HrSaveProgram($input: TrainingProgramInput!) {\n    saveTrainingProgram(input: $input) {\n      id\n    }\n  }\n": types.HrSaveProgramDocument,
    "\n  mutation HrEnrol($programId: ID!, $employeeIds: [ID!]!) {\n    enrolEmployees(programId: $programId, employeeIds: $employeeIds) {\n      id\n    }\n  }\n": types.HrEnrolDocument,
    "\n  mutation HrUpdateEnrolment($input: EnrolmentUpdateInput!) {\n    updateEnrolment(input: $input) {\n      id\n      status\n    }\n  }\n": types.HrUpdateEnrolmentDocument,
    "\n  query UnitOverview($unitId: ID!) {\n    unitOverview(unitId: $unitId) {\n      unit {\n        id\n        name\n      }\n      periodStart\n      periodEnd\n      satisfaction {\n        responseCount\n        ikm\n        grade\n      }\n      services {\n        service {\n          id\n          name\n          slug\n        }\n        satisfaction {\n          responseCount\n          ikm\n          grade\n          elements {\n            element\n            average\n          }\n        }\n      }\n      recentComments {\n        service {\n          name\n        }\n        feedback {\n          id\n          comment\n          submittedAt\n        }\n      }\n      completedPrograms {\n        programId\n        title\n        completions\n        impact {\n          competency {\n            code\n            name\n          }\n          completedAt\n          before {\n            responseCount\n            average\n          }\n          after {\n            responseCount\n            average\n          }\n          change\n        }\n      }\n    }\n  }\n": types.UnitOverviewDocument,
    "\n  query HrCitizenVoices($regionSlug: String!, $unitId: ID, $competencyId: ID, $lowScoresOnly: Boolean, $first: Int, $after: String) {\n    citizenVoices(regionSlug: $regionSlug, unitId: $unitId, competencyId: $competencyId, lowScoresOnly: $lowScoresOnly, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          text\n          submittedAt\n          lowElements\n          service {\n            id\n            name\n          }\n          unit {\n            id\n            name\n          }\n          competencyTags {\n            id\n            code\n            name\n          }\n        }\n      }\n    }\n    region(slug: $regionSlug) {\n      timeZone\n      units {\n        id\n        name\n      }\n    }\n    competencies {\n      id\n      code\n      name\n    }\n  }\n": types.HrCitizenVoicesDocument,
    "\n  query ReportRegion($slug: String!) {\n    region(slug: $slug) {\n      id\n      slug\n      name\n      timeZone\n      surveyPeriod\n      units {\n        id\n        name\n        services {\n          id\n        }\n      }\n    }\n  }\n": types.ReportRegionDocument,
    "\n  query ReportUnitRegion($id: ID!) {\n    unit(id: $id) {\n      id\n      name\n      region {\n        id\n        slug\n        name\n        timeZone\n        surveyPeriod\n      }\n    }\n  }\n": types.ReportUnitRegionDocument,
    "\n  query SkmReports($regionSlug: String!, $period: String, $unitId: ID) {\n    skmReports(regionSlug: $regionSlug, period: $period, unitId: $unitId) {\n      id\n      periodKey\n      version\n      publishedAt\n      responseCount\n      ikm\n      grade\n      unit {\n        id\n        name\n      }\n    }\n  }\n": types.SkmReportsDocument,
    "\n  query SkmReportPreview($unitId: ID!, $period: String!) {\n    skmReportPreview(unitId: $unitId, period: $period) {\n      periodKey\n      periodFrom\n      periodTo\n      complete\n      responseCount\n      ikm\n      grade\n      publishable\n      refusal\n      changedSincePublished\n      content\n      unit {\n        id\n        name\n      }\n      published {\n        id\n        version\n        signedBy\n        versions {\n          id\n          version\n          publishedAt\n          responseCount\n          ikm\n          revisionReason\n        }\n      }\n    }\n  }\n": types.SkmReportPreviewDocument,
    "\n  mutation PublishSkmReport($unitId: ID!, $period: String!, $signedBy: String!) {\n    publishSkmReport(unitId: $unitId, period: $period, signedBy: $signedBy) {\n      id\n      version\n    }\n  }\n": types.PublishSkmReportDocument,
    "\n  query PublishedSkmReport($id: ID!, $version: Int) {\n    publishedSkmReport(id: $id, version: $version) {\n      id\n      version\n      periodKey\n      publishedAt\n      signedBy\n      revisionReason\n      content\n      unit {\n        name\n      }\n    }\n  }\n": types.PublishedSkmReportDocument,
    "\n  mutation StaffLogin($email: String!, $password: String!, $proofOfWork: String) {\n    login(email: $email, password: $password, proofOfWork: $proofOfWork) {\n      token\n      expiresAt\n      user {\n        id\n        mustChangePassword\n      }\n    }\n  }\n": types.StaffLoginDocument,
    "\n  mutation StaffLogout {\n    logout\n  }\n": types.StaffLogoutDocument,
    "\n  mutation StaffChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      token\n      expiresAt\n    }\n  }\n": types.StaffChangePasswordDocument,
    "\n  query StaffMe {\n    me {\n      id\n      name\n      email\n      mustChangePassword\n      roles {\n        role\n        region {\n          id\n          slug\n          name\n        }\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.StaffMeDocument,
    "\n  query StaffRegions {\n    regions {\n      id\n      slug\n      name\n    }\n  }\n": types.StaffRegionsDocument,
    "\n  fragment TagCompetency on Competency {\n    id\n    code\n    name\n  }\n": types.TagCompetencyFragmentDoc,
    "\n  query ModerationQueue($regionSlug: String!, $status: ModerationStatus, $serviceId: ID, $reported: Boolean, $first: Int, $after: String) {\n    moderationQueue(regionSlug: $regionSlug, status: $status, serviceId: $serviceId, reported: $reported, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          text\n          status\n          reportCount\n          submittedAt\n          redacted\n          hiddenBySystem\n          threadTitle\n          authorName\n          reports {\n            reason\n            at\n            open\n          }\n          competencyTags {\n            ...TagCompetency\n          }\n          service {\n            id\n            slug\n            name\n          }\n        }\n      }\n    }\n    competencies {\n      ...TagCompetency\n    }\n  }\n": types.ModerationQueueDocument,
    "\n  query ModerationItem($id: ID!) {\n    moderationItem(id: $id) {\n      id\n      kind\n      text\n      status\n      reportCount\n      submittedAt\n      redacted\n      hiddenBySystem\n      threadTitle\n      authorName\n      reports {\n        reason\n        at\n        open\n      }\n      competencyTags {\n        ...TagCompetency\n      }\n      service {\n        id\n        slug\n        name\n        region {\n          slug\n        }\n      }\n    }\n    competencies {\n      ...TagCompetency\n    }\n  }\n": types.ModerationItemDocument,
    "\n  query StaffRegionServices($regionSlug: String!) {\n    region(slug: $regionSlug) {\n      timeZone\n    }\n    services(regionSlug: $regionSlug, first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.StaffRegionServicesDocument,
    "\n  fragment ModeratedItem on ModerationItem {\n    id\n    status\n    service {\n      slug\n      region {\n        slug\n      }\n    }\n  }\n": types.ModeratedItemFragmentDoc,
    "\n  mutation Moderate($input: ModerateInput!) {\n    moderate(input: $input) {\n      ...ModeratedItem\n    }\n  }\n": types.ModerateDocument,
    "\n  mutation ModerateMany($input: ModerateManyInput!) {\n    moderateMany(input: $input) {\n      ...ModeratedItem\n    }\n  }\n": types.ModerateManyDocument,
    "\n  query ModerationLog($regionSlug: String, $itemId: ID, $first: Int, $after: String) {\n    moderationLog(regionSlug: $regionSlug, itemId: $itemId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          action\n          reason\n          at\n          redactedText\n          moderator {\n            name\n            system\n          }\n          item {\n            id\n            kind\n            text\n            service {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ModerationLogDocument,
    "\n  query OfficerInbox($unitId: ID, $status: InboxStatus, $first: Int, $after: String) {\n    officerInbox(unitId: $unitId, status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          text\n          threadTitle\n          submittedAt\n          publishedAt\n          dueAt\n          workingDaysOpen\n          overdue\n          unit {\n            id\n            name\n            region {\n              timeZone\n            }\n          }\n          service {\n            name\n            slug\n            region {\n              slug\n            }\n          }\n          response {\n            body\n            respondedAt\n            edited\n          }\n        }\n      }\n    }\n  }\n": types.OfficerInboxDocument,
    "\n  mutation RespondToFeedback($feedbackId: ID!, $body: String!) {\n    respondToFeedback(feedbackId: $feedbackId, body: $body) {\n      id\n      edited\n    }\n  }\n": types.RespondToFeedbackDocument,
    "\n  mutation AnswerForumThread($threadId: ID!, $body: String!) {\n    answerForumThread(threadId: $threadId, body: $body) {\n      id\n    }\n  }\n": types.AnswerForumThreadDocument,
    "\n  query StaffUnits {\n    regions {\n      id\n      name\n      timeZone\n      units {\n        id\n        name\n      }\n    }\n  }\n": types.StaffUnitsDocument,
    "\n  mutation TagCompetency($itemId: ID!, $competencyId: ID!) {\n    tagCompetency(itemId: $itemId, competencyId: $competencyId) {\n      id\n    }\n  }\n": types.TagCompetencyDocument,
    "\n  mutation UntagCompetency($itemId: ID!, $competencyId: ID!) {\n    untagCompetency(itemId: $itemId, competencyId: $competencyId) {\n      id\n    }\n  }\n": types.UntagCompetencyDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminStaffAccounts($search: String, $after: String) {\n    staffAccounts(search: $search, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          email\n          active\n          mustChangePassword\n          lastLoginAt\n          roles {\n            id\n            role\n            region {\n              id\n              slug\n              name\n            }\n            unit {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AdminStaffAccountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateStaffAccount($input: CreateStaffAccountInput!) {\n    createStaffAccount(input: $input) {\n      temporaryPassword\n      user {\n        email\n      }\n    }\n  }\n"): typeof import('./graphql').AdminCreateStaffAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminResetStaffPassword($id: ID!) {\n    resetStaffPassword(id: $id) {\n      temporaryPassword\n      user {\n        email\n      }\n    }\n  }\n"): typeof import('./graphql').AdminResetStaffPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSetStaffAccountActive($id: ID!, $active: Boolean!) {\n    setStaffAccountActive(id: $id, active: $active) {\n      id\n      active\n    }\n  }\n"): typeof import('./graphql').AdminSetStaffAccountActiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminRegions {\n    regions {\n      id\n      slug\n      name\n      province\n      proofOfWorkRequired\n      units {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').AdminRegionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateRegion($id: ID!, $input: UpdateRegionInput!) {\n    updateRegion(id: $id, input: $input) {\n      id\n      proofOfWorkRequired\n    }\n  }\n"): typeof import('./graphql').AdminUpdateRegionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminGrantRole($input: GrantRoleInput!) {\n    grantRole(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AdminGrantRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRevokeRole($grantId: ID!) {\n    revokeRole(grantId: $grantId)\n  }\n"): typeof import('./graphql').AdminRevokeRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminScopes {\n    regions {\n      id\n      name\n      units {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').AdminScopesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminCatalogRegions {\n    regions {\n      id\n      slug\n      name\n      province\n      kind\n      headTitle\n      timeZone\n      proofOfWorkRequired\n      units {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').AdminCatalogRegionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminCatalogRegion($slug: String!) {\n    region(slug: $slug) {\n      id\n      slug\n      name\n      province\n      kind\n      headTitle\n      timeZone\n      proofOfWorkRequired\n      units {\n        id\n        slug\n        name\n        abbreviation\n        kind\n        parent {\n          id\n        }\n        services {\n          slug\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AdminCatalogRegionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminCatalogUnit($id: ID!) {\n    unit(id: $id) {\n      id\n      slug\n      name\n      abbreviation\n      kind\n      region {\n        id\n        slug\n        name\n      }\n      services {\n        id\n        slug\n        name\n        category\n        description\n        requirements\n        feeRupiah\n        promisedDays\n        channel\n        expectedAnnualUsers\n      }\n    }\n  }\n"): typeof import('./graphql').AdminCatalogUnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateRegion($input: CreateRegionInput!) {\n    createRegion(input: $input) {\n      id\n      slug\n    }\n  }\n"): typeof import('./graphql').AdminCreateRegionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminEditRegion($id: ID!, $input: UpdateRegionInput!) {\n    updateRegion(id: $id, input: $input) {\n      id\n      slug\n    }\n  }\n"): typeof import('./graphql').AdminEditRegionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AdminCreateUnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateUnit($id: ID!, $input: UpdateUnitInput!) {\n    updateUnit(id: $id, input: $input) {\n      id\n      services {\n        slug\n      }\n    }\n  }\n"): typeof import('./graphql').AdminUpdateUnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateService($input: CreateServiceInput!) {\n    createService(input: $input) {\n      id\n      slug\n    }\n  }\n"): typeof import('./graphql').AdminCreateServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateService($id: ID!, $input: UpdateServiceInput!) {\n    updateService(id: $id, input: $input) {\n      id\n      slug\n    }\n  }\n"): typeof import('./graphql').AdminUpdateServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminCatalogAudit($after: String, $entityType: AdminEntityType) {\n    adminAuditLog(first: 25, after: $after, entityType: $entityType) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          at\n          action\n          entityType\n          entityId\n          before\n          after\n          actor {\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AdminCatalogAuditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowUpList($regionSlug: String!, $period: String) {\n    followUpPlans(regionSlug: $regionSlug, period: $period) {\n      id\n      period\n      periodStart\n      periodEnd\n      periodComplete\n      state\n      unit {\n        id\n        name\n      }\n      actions {\n        id\n      }\n      figures {\n        actions\n        due\n        done\n        doneByDeadline\n        dropped\n        overdue\n        completion\n        medianDaysToDone\n      }\n    }\n  }\n"): typeof import('./graphql').FollowUpListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowUpRegionFigures($regionSlug: String!, $period: String) {\n    followUpFigures(regionSlug: $regionSlug, period: $period) {\n      period\n      agreedPlans\n      draftPlans\n      actions\n      due\n      done\n      doneByDeadline\n      dropped\n      overdue\n      completion\n      medianDaysToDone\n    }\n  }\n"): typeof import('./graphql').FollowUpRegionFiguresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowUpUnit($unitId: ID!) {\n    unit(id: $unitId) {\n      id\n      name\n      region {\n        slug\n        name\n        surveyPeriod\n      }\n    }\n  }\n"): typeof import('./graphql').FollowUpUnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowUpPlan($regionSlug: String!, $period: String, $unitId: ID!) {\n    followUpPlans(regionSlug: $regionSlug, period: $period, unitId: $unitId) {\n      id\n      period\n      periodStart\n      periodEnd\n      periodComplete\n      state\n      draftedAt\n      agreedAt\n      agreedBy\n      unit {\n        id\n        name\n      }\n      actions {\n        id\n        element\n        action\n        owner\n        dueOn\n        status\n        evidence\n        dropReason\n        closedAt\n        overdue\n        doneOnTime\n        drafted\n        sourceAverage\n        sourceLowScoreCount\n        sourceComments {\n          id\n          text\n        }\n      }\n      figures {\n        actions\n        due\n        done\n        doneByDeadline\n        dropped\n        overdue\n        completion\n        medianDaysToDone\n      }\n    }\n    publications(unitId: $unitId, period: $period) {\n      id\n      channel\n      publishedOn\n      link\n      note\n      automatic\n    }\n  }\n"): typeof import('./graphql').FollowUpPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DraftFollowUpPlan($unitId: ID!, $period: String!) {\n    draftFollowUpPlan(unitId: $unitId, period: $period) {\n      id\n    }\n  }\n"): typeof import('./graphql').DraftFollowUpPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveFollowUpAction($input: FollowUpActionInput!) {\n    saveFollowUpAction(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').SaveFollowUpActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveFollowUpAction($id: ID!) {\n    removeFollowUpAction(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').RemoveFollowUpActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AgreeFollowUpPlan($unitId: ID!, $period: String!) {\n    agreeFollowUpPlan(unitId: $unitId, period: $period) {\n      id\n      state\n    }\n  }\n"): typeof import('./graphql').AgreeFollowUpPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateFollowUpStatus($id: ID!, $status: FollowUpStatus!, $evidence: String, $reason: String) {\n    updateFollowUpStatus(id: $id, status: $status, evidence: $evidence, reason: $reason) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').UpdateFollowUpStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordPublication($input: PublicationInput!) {\n    recordPublication(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').RecordPublicationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemovePublication($id: ID!) {\n    removePublication(id: $id)\n  }\n"): typeof import('./graphql').RemovePublicationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetSurveyPeriod($regionSlug: String!, $period: SurveyPeriodKind!) {\n    setSurveyPeriod(regionSlug: $regionSlug, period: $period) {\n      slug\n      surveyPeriod\n    }\n  }\n"): typeof import('./graphql').SetSurveyPeriodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionSurveyPeriod($slug: String!) {\n    region(slug: $slug) {\n      surveyPeriod\n    }\n  }\n"): typeof import('./graphql').RegionSurveyPeriodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Home {\n    regions {\n      slug\n      name\n      province\n    }\n  }\n"): typeof import('./graphql').HomeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchServices($search: String, $regionSlug: String, $first: Int, $after: String) {\n    services(search: $search, regionSlug: $regionSlug, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ServiceSummary\n        }\n      }\n    }\n    regions {\n      slug\n      name\n    }\n  }\n"): typeof import('./graphql').SearchServicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionPage($slug: String!, $months: Int!) {\n    region(slug: $slug) {\n      slug\n      name\n      province\n      kind\n      headTitle\n      satisfaction(lastMonths: $months) {\n        ...SatisfactionFacts\n      }\n      units {\n        id\n        name\n        abbreviation\n        satisfaction(lastMonths: $months) {\n          responseCount\n          ikm\n          grade\n        }\n        services {\n          slug\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').RegionPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServicePage($slug: String!, $months: Int!, $first: Int!, $after: String) {\n    service(slug: $slug) {\n      ...ServiceSummary\n      description\n      category\n      channel\n      promisedDays\n      feeRupiah\n      requirements\n      region {\n        timeZone\n      }\n      satisfaction(lastMonths: $months) {\n        ...SatisfactionFacts\n        elements {\n          element\n          average\n        }\n      }\n      feedback(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            submittedAt\n            comment\n            response {\n              body\n              respondedAt\n              unit {\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ServicePageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerStart($regionSlug: String!) {\n    developmentNeeds(regionSlug: $regionSlug, first: 20) {\n      unit {\n        id\n      }\n      suggestedPrograms {\n        id\n        measuredImpact\n      }\n    }\n  }\n"): typeof import('./graphql').ExplorerStartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RatingPage($slug: String!) {\n    service(slug: $slug) {\n      id\n      proofOfWorkRequired\n      ...ServiceSummary\n    }\n  }\n"): typeof import('./graphql').RatingPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitFeedback($input: SubmitFeedbackInput!) {\n    submitFeedback(input: $input) {\n      receiptCode\n    }\n  }\n"): typeof import('./graphql').SubmitFeedbackDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProofOfWorkChallenge($serviceId: ID!) {\n    proofOfWorkChallenge(serviceId: $serviceId)\n  }\n"): typeof import('./graphql').ProofOfWorkChallengeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeedbackReceipt($code: String!) {\n    feedbackReceipt(code: $code) {\n      code\n      status\n      submittedAt\n      hasComment\n      service {\n        ...ServiceSummary\n        region {\n          timeZone\n        }\n      }\n      response {\n        body\n        respondedAt\n        unit {\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').FeedbackReceiptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Poster($slug: String!) {\n    service(slug: $slug) {\n      ...ServiceSummary\n    }\n  }\n"): typeof import('./graphql').PosterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ForumThreadSummary on ForumThread {\n    id\n    title\n    authorName\n    createdAt\n    lastActivityAt\n    answered\n    postCount\n    service {\n      slug\n      name\n    }\n    unit {\n      id\n      name\n      abbreviation\n      region {\n        slug\n        name\n        timeZone\n      }\n    }\n  }\n"): typeof import('./graphql').ForumThreadSummaryFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForumThreads($regionSlug: String, $unitId: ID, $first: Int!, $after: String) {\n    regions {\n      slug\n      name\n    }\n    forumThreads(regionSlug: $regionSlug, unitId: $unitId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ForumThreadSummary\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ForumThreadsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForumUnit($id: ID!) {\n    unit(id: $id) {\n      id\n      name\n      abbreviation\n      region {\n        slug\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').ForumUnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceForum($slug: String!, $first: Int!, $after: String) {\n    service(slug: $slug) {\n      id\n      ...ServiceSummary\n      unit {\n        id\n      }\n      region {\n        timeZone\n      }\n    }\n    forumThreads(serviceSlug: $slug, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ForumThreadSummary\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ServiceForumDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForumThread($id: ID!, $first: Int!, $after: String) {\n    forumThread(id: $id) {\n      ...ForumThreadSummary\n      posts(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            body\n            authorName\n            createdAt\n            official\n            edited\n            officialUnit {\n              name\n              abbreviation\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ForumThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartForumThread($input: StartForumThreadInput!) {\n    startForumThread(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').StartForumThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostToForum($input: PostToForumInput!) {\n    postToForum(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').PostToForumDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ServiceSummary on PublicService {\n    slug\n    name\n    unit {\n      name\n      abbreviation\n    }\n    region {\n      slug\n      name\n    }\n  }\n"): typeof import('./graphql').ServiceSummaryFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SatisfactionFacts on Satisfaction {\n    periodFrom\n    periodTo\n    responseCount\n    ikm\n    grade\n    provisional\n    requiredSampleSize\n  }\n"): typeof import('./graphql').SatisfactionFactsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenData($regionSlug: String!, $period: String) {\n    openData(regionSlug: $regionSlug, period: $period) {\n      region {\n        slug\n        name\n        timeZone\n      }\n      period {\n        key\n        kind\n        from\n        to\n        state\n        publishedAt\n        revisedAt\n      }\n      periods {\n        key\n        kind\n        from\n        to\n        state\n      }\n      rows {\n        service {\n          slug\n          name\n        }\n        unit {\n          id\n          name\n          abbreviation\n        }\n        version\n        publishedAt\n        lateResponses\n        responseCount\n        ikm\n        grade\n        elements {\n          element\n          average\n        }\n        revisions {\n          version\n          publishedAt\n          responseCount\n          ikm\n          grade\n        }\n      }\n      units {\n        unit {\n          id\n          name\n          abbreviation\n        }\n        responseCount\n        ikm\n        grade\n      }\n      total {\n        responseCount\n        ikm\n        grade\n      }\n    }\n  }\n"): typeof import('./graphql').OpenDataDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HrElementMap($regionSlug: String!) {\n    elementCompetencyMap(regionSlug: $regionSlug) {\n      element\n      serviceTechnical\n      competencies {\n        id\n        code\n        name\n      }\n    }\n    competencies {\n      id\n      code\n      name\n      kind\n    }\n  }\n"): typeof import('./graphql').HrElementMapDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HrSetElementMap($regionSlug: String!, $element: SkmElement!, $competencyIds: [ID!]!, $serviceTechnical: Boolean!) {\n    setElementCompetencies(regionSlug: $regionSlug, element: $element, competencyIds: $competencyIds, serviceTechnical: $serviceTechnical) {\n      element\n    }\n  }\n"): typeof import('./graphql').HrSetElementMapDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportHrData($input: ImportHrDataInput!) {\n    importHrData(input: $input) {\n      kind\n      dryRun\n      rowsRead\n      imported\n      unchanged\n      rejected\n      problemCount\n      problems {\n        line\n        column\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').ImportHrDataDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HrHeatmap($region: String!) {\n    competencyHeatmap(regionSlug: $region) {\n      competencies {\n        id\n        code\n        name\n      }\n      units {\n        unit {\n          id\n          name\n        }\n        cells {\n          averageGap\n          employeesBelowStandard\n          employeesAssessed\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').HrHeatmapDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HrUnitEmployees($unit: ID!) {\n    unitCompetencyProfile(unitId: $unit) {\n      unit {\n        id\n        name\n      }\n      employees {\n        id\n        name\n        nip\n        position\n        jobPersonMatch\n        jpThisYear\n      }\n    }\n  }\n"): typeof import('./graphql').HrUnitEmployeesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HrEmployeeProfile($employee: ID!, $target: ID) {\n    employeeProfile(employeeId: $employee, targetPositionId: $target) {\n      id\n      nip\n      name\n      unit {\n        id\n        name\n      }\n      position {\n        id\n        title\n      }\n      cycleMonths\n      jobPersonMatch\n      targetPosition {\n        id\n        title\n        unit {\n          name\n        }\n      }\n      targetJobPersonMatch\n      competencies {\n        competency {\n          id\n          code\n          name\n        }\n        required\n        assessed\n        assessedOn\n        method\n        stale\n        gap\n        surplus\n        targetRequired\n        targetGap\n      }\n      jpThisYear\n      jpShortfall\n      trainings {\n        programId\n        title\n        status\n        completedOn\n        jpEarned\n        reason\n      }\n      developmentActivities {\n        id\n        kind\n        title\n        competency {\n          name\n        }\n        startedOn\n        endedOn\n        note\n      }\n      targetPositionOptions {\n        id\n        title\n        unit {\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').HrEmployeeProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HrSetTargetPosition($employee: ID!, $position: ID) {\n    setTargetPosition(employeeId: $employee, positionId: $position) {\n      id\n      targetPosition {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').HrSetTargetPositionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HrAssessmentCoverage($unit: ID!) {\n    assessmentCoverage(unitId: $unit) {\n      unit {\n        id\n        name\n      }\n      cycleMonths\n      employeeCount\n      upToDate\n      coverage\n      overdue {\n        employeeId\n        name\n        nip\n        lastAssessedOn\n        monthsSince\n      }\n    }\n  }\n"): typeof import('./graphql').HrAssessmentCoverageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HrSetAssessmentCycle($region: String!, $months: Int!) {\n    setAssessmentCycle(regionSlug: $region, months: $months) {\n      regionSlug\n      cycleMonths\n    }\n  }\n"): typeof import('./graphql').HrSetAssessmentCycleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HrPotential($region: String!, $competency: ID, $first: Int) {\n    potentialEmployees(regionSlug: $region, competencyId: $competency, first: $first) {\n      employee {\n        id\n        name\n        nip\n        unit {\n          name\n        }\n        position\n      }\n      competency {\n        id\n        name\n      }\n      required\n      assessed\n      surplus\n      activities {\n        id\n        kind\n        title\n        startedOn\n        endedOn\n      }\n    }\n    competencies {\n      id\n      code\n      name\n    }\n  }\n"): typeof import('./graphql').HrPotentialDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HrRecordActivity($input: DevelopmentActivityInput!) {\n    recordDevelopmentActivity(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').HrRecordActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HrRegionUnits($slug: String!) {\n    region(slug: $slug) {\n      id\n      slug\n      name\n      timeZone\n      units {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').HrRegionUnitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HrEmployees($regionSlug: String!, $unitId: ID, $search: String, $first: Int, $after: String) {\n    employees(regionSlug: $regionSlug, unitId: $unitId, search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          nip\n          name\n          active\n          employmentType\n          unit {\n            id\n            name\n          }\n          position {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').HrEmployeesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HrEmployee($id: ID!) {\n    employee(id: $id) {\n      id\n      nip\n      name\n      active\n      employmentType\n      unit {\n        id\n        name\n        region {\n          slug\n        }\n      }\n      position {\n        id\n        title\n      }\n      assessments {\n        id\n        level\n        assessedOn\n        method\n        assessor\n        competency {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').HrEmployeeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HrPositions($regionSlug: String!, $unitId: ID) {\n    positions(regionSlug: $regionSlug, unitId: $unitId) {\n      id\n      title\n      kind\n      unit {\n        id\n        name\n      }\n      requirements {\n        requiredLevel\n        competency {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').HrPositionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HrDictionary($regionSlug: String!) {\n    competencies(regionSlug: $regionSlug) {\n      id\n      code\n      name\n      kind\n      description\n      levels\n      region {\n        slug\n      }\n    }\n  }\n"): typeof import('./graphql').HrDictionaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HrSaveEmployee($input: EmployeeInput!) {\n    saveEmployee(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').HrSaveEmployeeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HrSetEmployeeActive($id: ID!, $active: Boolean!) {\n    setEmployeeActive(id: $id, active: $active) {\n      id\n      active\n    }\n  }\n"): typeof import('./graphql').HrSetEmployeeActiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HrRecordAssessment($input: RecordAssessmentInput!) {\n    recordAssessment(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').HrRecordAssessmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HrSavePosition($input: PositionInput!) {\n    savePosition(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').HrSavePositionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HrCreateCompetency($input: CompetencyInput!) {\n    createCompetency(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').HrCreateCompetencyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HrUpdateCompetency($id: ID!, $input: CompetencyInput!) {\n    updateCompetency(id: $id, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').HrUpdateCompetencyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HrNeeds($regionSlug: String!, $year: Int, $competencyId: ID) {\n    developmentNeeds(regionSlug: $regionSlug, year: $year, competencyId: $competencyId, first: 50) {\n      unit {\n        id\n        name\n      }\n      competency {\n        id\n        code\n        name\n      }\n      priority\n      evidence {\n        feedbackSignal\n        lowScoreCount\n        scoreCount\n        taggedCount\n        competencyGap\n        jpShortfall\n        periodStart\n        periodEnd\n      }\n      participation {\n        invited\n        completed\n        declined\n        noShow\n        dropped\n        rate\n        low\n      }\n      suggestedPrograms {\n        id\n        title\n        ownerOffice\n        measuredImpact\n        shared\n        jp\n        partner {\n          name\n        }\n      }\n    }\n    facilitiesIssues(regionSlug: $regionSlug, year: $year) {\n      unit {\n        id\n        name\n      }\n      responseCount\n      average\n      lowScoreCount\n      lowShare\n    }\n    competencies {\n      id\n      code\n      name\n    }\n  }\n"): typeof import('./graphql').HrNeedsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HrPlan($regionSlug: String!, $year: Int!, $budget: Float!) {\n    developmentPlan(regionSlug: $regionSlug, year: $year, budget: $budget) {\n      year\n      budget\n      spent\n      remaining\n      items {\n        rank\n        need {\n          unit {\n            id\n            name\n          }\n          competency {\n            code\n            name\n          }\n          priority\n        }\n        program {\n          id\n          title\n          ownerOffice\n          jp\n        }\n        participants {\n          employeeId\n          name\n          nip\n          reasons\n          reason\n          reasonEn\n        }\n        participantCount\n        costPerParticipant\n        cost\n        priorityCovered\n        jpAdded\n        explanation\n        explanationEn\n      }\n      uncovered {\n        need {\n          unit {\n            id\n            name\n          }\n          competency {\n            code\n            name\n          }\n          priority\n        }\n        reason\n        employeesLeft\n        costToCover\n        explanation\n        explanationEn\n      }\n    }\n  }\n"): typeof import('./graphql').HrPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HrPrograms($regionSlug: String!, $includeShared: Boolean, $competencyId: ID) {\n    trainingPrograms(regionSlug: $regionSlug, includeShared: $includeShared, competencyId: $competencyId) {\n      id\n      title\n      mode\n      form\n      jp\n      costPerParticipant\n      shared\n      ownerOffice\n      measuredImpact\n      region {\n        slug\n        name\n      }\n      partner {\n        name\n        kind\n      }\n      competencies {\n        id\n        code\n        name\n      }\n    }\n    partners(regionSlug: $regionSlug) {\n      id\n      name\n      kind\n    }\n    competencies {\n      id\n      code\n      name\n      kind\n    }\n  }\n"): typeof import('./graphql').HrProgramsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HrProgram($id: ID!) {\n    trainingProgram(id: $id) {\n      id\n      title\n      description\n      mode\n      form\n      jp\n      costPerParticipant\n      startsOn\n      endsOn\n      shared\n      ownerOffice\n      measuredImpact\n      region {\n        slug\n        name\n        units {\n          id\n          name\n        }\n      }\n      partner {\n        name\n        kind\n      }\n      competencies {\n        id\n        code\n        name\n      }\n      enrolments {\n        id\n        status\n        completedOn\n        jpEarned\n        reason\n        employee {\n          id\n          nip\n          name\n          unit {\n            id\n            name\n          }\n        }\n      }\n    }\n    trainingImpact(programId: $id) {\n      unit {\n        id\n        name\n      }\n      competency {\n        code\n        name\n      }\n      completedAt\n      before {\n        responseCount\n        average\n      }\n      after {\n        responseCount\n        average\n      }\n      change\n    }\n  }\n"): typeof import('./graphql').HrProgramDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HrUnitPeople($unitId: ID!) {\n    unitCompetencyProfile(unitId: $unitId) {\n      year\n      employees {\n        id\n        nip\n        name\n        position\n        jpThisYear\n        jpShortfall\n      }\n    }\n  }\n"): typeof import('./graphql').HrUnitPeopleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HrPartners($regionSlug: String!) {\n    partners(regionSlug: $regionSlug) {\n      id\n      name\n      kind\n      description\n    }\n  }\n"): typeof import('./graphql').HrPartnersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HrSavePartner($input: PartnerInput!) {\n    savePartner(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').HrSavePartnerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HrSaveProgram($input: TrainingProgramInput!) {\n    saveTrainingProgram(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').HrSaveProgramDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HrEnrol($programId: ID!, $employeeIds: [ID!]!) {\n    enrolEmployees(programId: $programId, employeeIds: $employeeIds) {\n      id\n    }\n  }\n"): typeof import('./graphql').HrEnrolDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HrUpdateEnrolment($input: EnrolmentUpdateInput!) {\n    updateEnrolment(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').HrUpdateEnrolmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitOverview($unitId: ID!) {\n    unitOverview(unitId: $unitId) {\n      unit {\n        id\n        name\n      }\n      periodStart\n      periodEnd\n      satisfaction {\n        responseCount\n        ikm\n        grade\n      }\n      services {\n        service {\n          id\n          name\n          slug\n        }\n        satisfaction {\n          responseCount\n          ikm\n          grade\n          elements {\n            element\n            average\n          }\n        }\n      }\n      recentComments {\n        service {\n          name\n        }\n        feedback {\n          id\n          comment\n          submittedAt\n        }\n      }\n      completedPrograms {\n        programId\n        title\n        completions\n        impact {\n          competency {\n            code\n            name\n          }\n          completedAt\n          before {\n            responseCount\n            average\n          }\n          after {\n            responseCount\n            average\n          }\n          change\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').UnitOverviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HrCitizenVoices($regionSlug: String!, $unitId: ID, $competencyId: ID, $lowScoresOnly: Boolean, $first: Int, $after: String) {\n    citizenVoices(regionSlug: $regionSlug, unitId: $unitId, competencyId: $competencyId, lowScoresOnly: $lowScoresOnly, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          text\n          submittedAt\n          lowElements\n          service {\n            id\n            name\n          }\n          unit {\n            id\n            name\n          }\n          competencyTags {\n            id\n            code\n            name\n          }\n        }\n      }\n    }\n    region(slug: $regionSlug) {\n      timeZone\n      units {\n        id\n        name\n      }\n    }\n    competencies {\n      id\n      code\n      name\n    }\n  }\n"): typeof import('./graphql').HrCitizenVoicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportRegion($slug: String!) {\n    region(slug: $slug) {\n      id\n      slug\n      name\n      timeZone\n      surveyPeriod\n      units {\n        id\n        name\n        services {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ReportRegionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportUnitRegion($id: ID!) {\n    unit(id: $id) {\n      id\n      name\n      region {\n        id\n        slug\n        name\n        timeZone\n        surveyPeriod\n      }\n    }\n  }\n"): typeof import('./graphql').ReportUnitRegionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SkmReports($regionSlug: String!, $period: String, $unitId: ID) {\n    skmReports(regionSlug: $regionSlug, period: $period, unitId: $unitId) {\n      id\n      periodKey\n      version\n      publishedAt\n      responseCount\n      ikm\n      grade\n      unit {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').SkmReportsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SkmReportPreview($unitId: ID!, $period: String!) {\n    skmReportPreview(unitId: $unitId, period: $period) {\n      periodKey\n      periodFrom\n      periodTo\n      complete\n      responseCount\n      ikm\n      grade\n      publishable\n      refusal\n      changedSincePublished\n      content\n      unit {\n        id\n        name\n      }\n      published {\n        id\n        version\n        signedBy\n        versions {\n          id\n          version\n          publishedAt\n          responseCount\n          ikm\n          revisionReason\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SkmReportPreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishSkmReport($unitId: ID!, $period: String!, $signedBy: String!) {\n    publishSkmReport(unitId: $unitId, period: $period, signedBy: $signedBy) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').PublishSkmReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublishedSkmReport($id: ID!, $version: Int) {\n    publishedSkmReport(id: $id, version: $version) {\n      id\n      version\n      periodKey\n      publishedAt\n      signedBy\n      revisionReason\n      content\n      unit {\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').PublishedSkmReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffLogin($email: String!, $password: String!, $proofOfWork: String) {\n    login(email: $email, password: $password, proofOfWork: $proofOfWork) {\n      token\n      expiresAt\n      user {\n        id\n        mustChangePassword\n      }\n    }\n  }\n"): typeof import('./graphql').StaffLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffLogout {\n    logout\n  }\n"): typeof import('./graphql').StaffLogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      token\n      expiresAt\n    }\n  }\n"): typeof import('./graphql').StaffChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffMe {\n    me {\n      id\n      name\n      email\n      mustChangePassword\n      roles {\n        role\n        region {\n          id\n          slug\n          name\n        }\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').StaffMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffRegions {\n    regions {\n      id\n      slug\n      name\n    }\n  }\n"): typeof import('./graphql').StaffRegionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TagCompetency on Competency {\n    id\n    code\n    name\n  }\n"): typeof import('./graphql').TagCompetencyFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModerationQueue($regionSlug: String!, $status: ModerationStatus, $serviceId: ID, $reported: Boolean, $first: Int, $after: String) {\n    moderationQueue(regionSlug: $regionSlug, status: $status, serviceId: $serviceId, reported: $reported, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          text\n          status\n          reportCount\n          submittedAt\n          redacted\n          hiddenBySystem\n          threadTitle\n          authorName\n          reports {\n            reason\n            at\n            open\n          }\n          competencyTags {\n            ...TagCompetency\n          }\n          service {\n            id\n            slug\n            name\n          }\n        }\n      }\n    }\n    competencies {\n      ...TagCompetency\n    }\n  }\n"): typeof import('./graphql').ModerationQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModerationItem($id: ID!) {\n    moderationItem(id: $id) {\n      id\n      kind\n      text\n      status\n      reportCount\n      submittedAt\n      redacted\n      hiddenBySystem\n      threadTitle\n      authorName\n      reports {\n        reason\n        at\n        open\n      }\n      competencyTags {\n        ...TagCompetency\n      }\n      service {\n        id\n        slug\n        name\n        region {\n          slug\n        }\n      }\n    }\n    competencies {\n      ...TagCompetency\n    }\n  }\n"): typeof import('./graphql').ModerationItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffRegionServices($regionSlug: String!) {\n    region(slug: $regionSlug) {\n      timeZone\n    }\n    services(regionSlug: $regionSlug, first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').StaffRegionServicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ModeratedItem on ModerationItem {\n    id\n    status\n    service {\n      slug\n      region {\n        slug\n      }\n    }\n  }\n"): typeof import('./graphql').ModeratedItemFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Moderate($input: ModerateInput!) {\n    moderate(input: $input) {\n      ...ModeratedItem\n    }\n  }\n"): typeof import('./graphql').ModerateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ModerateMany($input: ModerateManyInput!) {\n    moderateMany(input: $input) {\n      ...ModeratedItem\n    }\n  }\n"): typeof import('./graphql').ModerateManyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModerationLog($regionSlug: String, $itemId: ID, $first: Int, $after: String) {\n    moderationLog(regionSlug: $regionSlug, itemId: $itemId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          action\n          reason\n          at\n          redactedText\n          moderator {\n            name\n            system\n          }\n          item {\n            id\n            kind\n            text\n            service {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ModerationLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfficerInbox($unitId: ID, $status: InboxStatus, $first: Int, $after: String) {\n    officerInbox(unitId: $unitId, status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          text\n          threadTitle\n          submittedAt\n          publishedAt\n          dueAt\n          workingDaysOpen\n          overdue\n          unit {\n            id\n            name\n            region {\n              timeZone\n            }\n          }\n          service {\n            name\n            slug\n            region {\n              slug\n            }\n          }\n          response {\n            body\n            respondedAt\n            edited\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').OfficerInboxDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondToFeedback($feedbackId: ID!, $body: String!) {\n    respondToFeedback(feedbackId: $feedbackId, body: $body) {\n      id\n      edited\n    }\n  }\n"): typeof import('./graphql').RespondToFeedbackDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerForumThread($threadId: ID!, $body: String!) {\n    answerForumThread(threadId: $threadId, body: $body) {\n      id\n    }\n  }\n"): typeof import('./graphql').AnswerForumThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffUnits {\n    regions {\n      id\n      name\n      timeZone\n      units {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').StaffUnitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TagCompetency($itemId: ID!, $competencyId: ID!) {\n    tagCompetency(itemId: $itemId, competencyId: $competencyId) {\n      id\n    }\n  }\n"): typeof import('./graphql').TagCompetencyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UntagCompetency($itemId: ID!, $competencyId: ID!) {\n    untagCompetency(itemId: $itemId, competencyId: $competencyId) {\n      id\n    }\n  }\n"): typeof import('./graphql').UntagCompetencyDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
