import type { SeedDataInput } from '../seed-schema';

// Every update is dated 11 May 2022, the last day this issue covers: the issue carries no
// publication date of its own, and it reports events up to that day.
const PUBLISHED_ON = '2022-05-11';

/**
 * Sprint Notes #46, covering 17 March to 11 May 2022: the LDCU newsletter's team news and the
 * news from 15 funded projects, transcribed as it was written. Where the issue says nothing, the
 * field is null rather than filled in from elsewhere.
 */
export const sprintNotes46Seed: SeedDataInput = {
  organisations: [
    // Named in the team news.
    { slug: 'local-government-association', name: 'Local Government Association', kind: 'other' },
    { slug: 'aws-institute', name: 'AWS Institute', kind: 'supplier' },
    {
      slug: 'department-for-levelling-up-housing-and-communities',
      name: 'Department for Levelling Up, Housing & Communities',
      kind: 'government',
    },
    { slug: 'sport-england', name: 'Sport England', kind: 'government' },

    // Named in the news from funded projects, in the order they first appear.
    { slug: 'newcastle-city-council', name: 'Newcastle City Council', kind: 'council' },
    { slug: 'east-sussex-county-council', name: 'East Sussex County Council', kind: 'council' },
    // The heading says only "Camden and Bedfordshire Councils"; which Bedfordshire council is not said, so the name stays as given.
    { slug: 'camden-council', name: 'Camden Council', kind: 'council' },
    { slug: 'bedfordshire', name: 'Bedfordshire', kind: 'council' },
    // Also "Leeds Council" in the Revs and Bens news: the same council.
    { slug: 'leeds-city-council', name: 'Leeds City Council', kind: 'council' },
    // Also "London Borough of Croydon" in the Open Referral UK news: the same council.
    { slug: 'croydon-council', name: 'Croydon Council', kind: 'council' },
    { slug: 'age-uk', name: 'Age UK', kind: 'charity' },
    { slug: 'birmingham-city-council', name: 'Birmingham City Council', kind: 'council' },
    { slug: 'dorset-council', name: 'Dorset Council', kind: 'council' },
    {
      slug: 'greater-manchester-combined-authority',
      name: 'Greater Manchester Combined Authority',
      kind: 'combined_authority',
    },
    { slug: 'norwich-city-council', name: 'Norwich City Council', kind: 'council' },
    { slug: 'rugby-borough-council', name: 'Rugby Borough Council', kind: 'council' },
    { slug: 'stockport-council', name: 'Stockport Council', kind: 'council' },
    { slug: 'east-riding-of-yorkshire-council', name: 'East Riding of Yorkshire Council', kind: 'council' },
    { slug: 'university-of-hull', name: 'University of Hull', kind: 'university' },
    // The source spells it "Stationary Office"; the body is The Stationery Office.
    { slug: 'the-stationery-office', name: 'The Stationery Office', kind: 'supplier' },
    { slug: 'health-and-safety-executive', name: 'Health and Safety Executive', kind: 'government' },
    { slug: 'city-of-lincoln-council', name: 'City of Lincoln Council', kind: 'council' },
    {
      slug: 'newark-and-sherwood-district-council',
      name: 'Newark and Sherwood District Council',
      kind: 'council',
    },
    { slug: 'redbridge-council', name: 'Redbridge Council', kind: 'council' },
    { slug: 'government-open-standards-board', name: 'Government Open Standards Board', kind: 'standards_body' },
    // "Adur & Worthing Councils" is how the source names this one partner, so it is one organisation.
    { slug: 'adur-and-worthing-councils', name: 'Adur & Worthing Councils', kind: 'council' },
    { slug: 'devon-county-council', name: 'Devon County Council', kind: 'council' },
    // Also plain "Buckinghamshire" in the Open Referral UK alpha list: the same council.
    { slug: 'buckinghamshire-county-council', name: 'Buckinghamshire County Council', kind: 'council' },
    { slug: 'essex-county-council', name: 'Essex County Council', kind: 'council' },
    // The source calls it "the ODI".
    { slug: 'open-data-institute', name: 'Open Data Institute', kind: 'other' },
    { slug: 'teignbridge-district-council', name: 'Teignbridge District Council', kind: 'council' },
    // "Sedgemoor" in the SAVVI heading and "the Sedgemoor system" in Revs and Bens: the same council.
    { slug: 'sedgemoor-district-council', name: 'Sedgemoor District Council', kind: 'council' },
    { slug: 'localgovdrupal', name: 'LocalGovDrupal', kind: 'other' },
    { slug: 'wigan-council', name: 'Wigan Council', kind: 'council' },
    { slug: 'tameside-council', name: 'Tameside Council', kind: 'council' },
    { slug: 'bristol-city-council', name: 'Bristol City Council', kind: 'council' },
    { slug: 'department-for-education', name: 'Department for Education', kind: 'government' },
    // The source names it only as "Colchester".
    { slug: 'colchester-council', name: 'Colchester Council', kind: 'council' },
    { slug: 'foundation-sp', name: 'Foundation SP', kind: 'supplier' },
    // The source spells it "Malden"; the council is Maldon District Council.
    { slug: 'maldon-district-council', name: 'Maldon District Council', kind: 'council' },
    // The source names it only as "Tendring".
    { slug: 'tendring-district-council', name: 'Tendring District Council', kind: 'council' },
  ],

  projects: [
    {
      slug: 'community-grants-service',
      name: 'Community Grants Service',
      summary:
        'Meeting user needs relating to the community grant process while piloting the use of a low code platform.',
      // The alpha is finished and its final output is published, and no further phase is
      // mentioned, so the project reads as completed.
      status: 'completed',
      phases: [{ kind: 'alpha', status: 'completed', plannedWeeks: 12 }],
      partnerships: [{ organisation: 'newcastle-city-council', role: 'lead' }],
      outputs: [
        {
          kind: 'report',
          title: 'Final project report',
          description: 'Covers their approach, user research, prototyping, user testing and more.',
        },
      ],
      updates: [
        {
          headline: '12-week alpha completed and final report published',
          publishedOn: PUBLISHED_ON,
          links: [],
          bodyMarkdown: `The project has completed its 12-week alpha, which focused on meeting user needs relating to the community grant process while piloting the use of a low code platform. Their final output — a project report — covers their approach, user research, prototyping, user testing and more. Read the final project report.`,
        },
      ],
    },

    {
      slug: 'childrens-social-care-demand-modelling',
      name: 'Children’s Social Care Demand Modelling',
      status: 'active',
      // The section describes ongoing work but names no phase.
      phases: [],
      partnerships: [{ organisation: 'east-sussex-county-council', role: 'lead' }],
      updates: [
        {
          headline: 'Web-based demand modelling tool in development',
          publishedOn: PUBLISHED_ON,
          links: [],
          bodyMarkdown: `The team is continuing to explore connections and commonalities between Local Digital Fund projects and not-for-profit and VCS organisations, with a view to efficiently scaling up the service.

They are continuing to engage with regional commissioning networks and other local authority colleagues around the co-design of the regional demand modelling approach.

Recently they have also:

- conducted research and conversations with a wide range of peers about options for the long term viability of the service
- commenced development of the web-based “single LA” demand modelling tool
- successfully integrated the forecasting model into the web-based environment
- designed and started development work on the web-based user interface

They are also in the process of setting up a regular cycle of project and team meetings to keep their work visible to the relevant partners.`,
        },
      ],
    },

    {
      slug: 'data-exchange-with-vcs',
      name: 'Data Exchange with VCS',
      status: 'active',
      phases: [
        // The phase's kind is not stated. It ended with the end-of-phase Show and Tell in March,
        // so that month is the only end date the text supports.
        { kind: null, status: 'completed', endedOn: '2022-03' },
      ],
      partnerships: [
        { organisation: 'camden-council', role: 'lead' },
        { organisation: 'bedfordshire', role: 'lead' },
      ],
      showAndTells: [
        {
          heldOn: '2022-03',
          title: 'End-of-phase show and tell',
          summary:
            'The Camden team provided an overview of their work so far and outlined their next steps. The slides were shared in Google Slides.',
        },
      ],
      outputs: [
        {
          kind: 'report',
          title: 'Draft end-of-phase report',
          description: 'Provided to LDCU by the team from Camden.',
        },
      ],
      updates: [
        {
          headline: 'End-of-phase show and tell held and draft report shared',
          publishedOn: PUBLISHED_ON,
          links: [],
          bodyMarkdown: `In March the Camden team presented its end-of-phase Show and Tell, during which they provided an overview of their work so far and outlined their next steps. View the Show and Tell slides (opens in Google Slides).

The team from Camden also met to discuss their proposed impact measurement and has provided us with their draft end-of-phase report.`,
        },
      ],
    },

    {
      slug: 'digital-inclusion-toolkit',
      name: 'Digital Inclusion Toolkit',
      status: 'active',
      phases: [
        // "Their latest phase of work", funded by their "successful continuous funding bid":
        // continuous funding is not a GDS phase, so the phase is of another kind, named for it.
        {
          kind: 'other',
          label: 'Continuous funding phase',
          status: 'in_progress',
          startedOn: '2022-04-07',
          fundingStream: 'Continuous Funding',
        },
      ],
      partnerships: [
        { organisation: 'leeds-city-council', role: 'lead' },
        // The text ties the change of partners to the phase that kicked off on Thursday 7 April
        // 2022 but gives no date for the change itself, so that kick-off date stands in for it.
        {
          organisation: 'croydon-council',
          role: 'partner',
          leftOn: '2022-04-07',
          // The text ties the change to the phase that kicked off on 7 April 2022, so that is the date used.
          note: 'No longer a partner from the phase that began on 7 April 2022.',
        },
        {
          organisation: 'age-uk',
          role: 'partner',
          leftOn: '2022-04-07',
          // The text ties the change to the phase that kicked off on 7 April 2022, so that is the date used.
          note: 'No longer a partner from the phase that began on 7 April 2022.',
        },
        {
          organisation: 'birmingham-city-council',
          role: 'partner',
          joinedOn: '2022-04-07',
          note: 'Joined for the phase that began on 7 April 2022.',
        },
        {
          organisation: 'dorset-council',
          role: 'partner',
          joinedOn: '2022-04-07',
          note: 'Joined for the phase that began on 7 April 2022.',
        },
        {
          organisation: 'greater-manchester-combined-authority',
          role: 'partner',
          joinedOn: '2022-04-07',
          note: 'Joined for the phase that began on 7 April 2022.',
        },
        {
          organisation: 'norwich-city-council',
          role: 'partner',
          joinedOn: '2022-04-07',
          note: 'Joined for the phase that began on 7 April 2022.',
        },
      ],
      outputs: [
        {
          kind: 'blog_post',
          title: 'Blog post on the successful continuous funding bid',
          description:
            'Published on the Digital Inclusion website to celebrate the successful continuous funding bid and to let people know the plans for this phase of work.',
        },
        {
          kind: 'other',
          title: 'Survey for local authorities',
          description: 'Includes questions to help local authorities gather time- and money-saving metrics.',
        },
      ],
      updates: [
        {
          headline: 'Latest phase kicks off with new partner councils on board',
          publishedOn: PUBLISHED_ON,
          links: [],
          bodyMarkdown: `The project kicked off their latest phase of work on Thursday 7 April.

The team published a blog post on the Digital Inclusion website to celebrate their successful continuous funding bid, and to let people know their plans for this phase of work.

Croydon Council and Age UK will no longer be partners, but Birmingham City Council, Dorset Council, Greater Manchester Combined Authority and Norwich City Council are now on board with hopefully more councils to follow!

The team held their first meeting with the new councils to run through the objectives of this phase and discuss ways of working together.

The team have also created a new survey that will focus on local authorities, and includes questions to help them gather time- and money-saving metrics.

Meanwhile, the User Research team have completed their first interview and have more booked in.`,
        },
      ],
    },

    {
      slug: 'digital-waste-service',
      name: 'Digital Waste Service',
      status: 'active',
      phases: [
        // No GDS phase is named anywhere in this section, so neither phase has a kind: the
        // sprints are "sprints of work", and continuous funding is only being applied for. A
        // manager gives them their kinds when the team says what they are.
        // The sprints up to Sprint 7 are the work the underspend is left over from. The text
        // gives neither their kind nor their dates, nor says this work is finished, so only the
        // label is known.
        { kind: null, label: 'Sprints up to Sprint 7', status: null },
        // Agreed but not yet begun as of the notes: the sprints start on 11 May, the day the
        // issue's coverage ends.
        {
          kind: null,
          label: 'Sprints 8 and 9, funded from underspend',
          status: 'planned',
          startedOn: '2022-05-11',
          plannedEndOn: '2022-06-07',
        },
      ],
      partnerships: [{ organisation: 'rugby-borough-council', role: 'lead' }],
      showAndTells: [
        {
          heldOn: '2022-05-10',
          title: 'Sprint 7 show and tell',
          sprint: 7,
          summary: `The project team presented:

- a review of their user research and UX insights into the replace / request a new bin workflow
- a demonstration of the subscribe to a garden waste collection service
- a demonstration of the bin collection day widget`,
        },
      ],
      outputs: [
        {
          kind: 'theory_of_change',
          title: 'Theory of Change',
          description: 'In progress: to be completed during Sprint 8.',
        },
        {
          kind: 'talk',
          title: 'Digital Leaders Week 2022 talk by Mike Connell',
          description:
            'Mike Connell (Chief Officer — Digital and Communications, Rugby Borough Council) tells the story of how the partners have come together to solve a shared problem.',
        },
      ],
      updates: [
        {
          headline: 'Sprint 7 show and tell held and two extra sprints agreed',
          publishedOn: PUBLISHED_ON,
          links: [],
          bodyMarkdown: `On Tuesday 10 May the project team held their Sprint 7 Show and Tell, during which they presented:

- a review of their user research and UX insights into the replace / request a new bin workflow
- a demonstration of the subscribe to a garden waste collection service
- a demonstration of the bin collection day widget

The partner councils have agreed that some of the current project underspend will be used to fund two additional sprints of work. The additional sprints (8 and 9) will run from Wednesday 11 May to Tuesday 7 June.

During Sprint 8, the project team will continue to discuss and agree on the proposal for their application for continuous funding, alongside the completion of their Theory of Change document.

As part of Digital Leaders Week 2022, Mike Connell (Chief Officer — Digital and Communications, Rugby Borough Council) is hosting a talk to tell the story of how the partners have come together to solve a shared problem. Register for Mike’s session.`,
        },
      ],
    },

    {
      slug: 'family-context',
      name: 'Family Context',
      status: 'active',
      phases: [{ kind: 'beta', status: 'in_progress', startedOn: '2022-05' }],
      partnerships: [{ organisation: 'stockport-council', role: 'lead' }],
      updates: [
        {
          headline: 'Beta phase kicks off with the full team in place',
          publishedOn: PUBLISHED_ON,
          links: [],
          bodyMarkdown: `In May the project kicked off its beta phase with the full team in place.

The overall aim of this phase is to roll the tool out to Social Workers within Children’s Services, beginning with 11 locality teams plus the MASSH (Multi Agency Safeguarding and Support Hub) who triage all initial referrals. It was anticipated this would be a difficult task due to staffing time and capacity, so the team started by emailing all the service leads and Team Managers to try and gain some responses and awareness.

A team of trainers have been identified and an initial training plan has been produced. The first team was trained in March, which went really well, and there were lots of questions asked and positive interest in using the tool.

The project has also identified new data sets — including Youth Offending Service data, and additional education data to include attendance and exclusions — which are currently being analysed.`,
        },
      ],
    },

    {
      slug: 'future-work-design',
      name: 'Future Work Design',
      status: 'active',
      phases: [
        // "Third phase of work" implies two before it; the text says nothing else about them.
        { kind: null, label: 'First phase of work', status: 'completed' },
        { kind: null, label: 'Second phase of work', status: 'completed' },
        { kind: 'discovery', label: 'Third phase of work', status: 'in_progress' },
      ],
      partnerships: [
        { organisation: 'east-riding-of-yorkshire-council', role: 'lead' },
        {
          organisation: 'university-of-hull',
          role: 'research_partner',
          note: 'Working on what the digital tool will look like.',
        },
      ],
      outputs: [
        {
          kind: 'other',
          title: 'Risk Assessment tool',
          description:
            'The team met The Stationery Office and the Health and Safety Executive (HSE) about which questions to ask people who download the tool, in order to gather the required metrics.',
        },
        {
          kind: 'event',
          title: 'Focus group sessions',
          description:
            'In the final week of May, with participants recruited by the partner councils. The groups will discuss how wellbeing and one-to-one conversations with managers are currently happening and what they involve.',
          // "The final week of May" names no day, so only the month is given.
          date: '2022-05',
        },
        {
          kind: 'event',
          title: 'Pilot sessions',
          description:
            'Week commencing Monday 6 June: six local authority managers from each partner council will trial a range of pilot methods.',
          // The sessions run in the week commencing Monday 6 June; the Monday is the day given.
          date: '2022-06-06',
        },
      ],
      updates: [
        {
          headline: 'Third phase of work kicks off with a discovery',
          publishedOn: PUBLISHED_ON,
          links: [],
          bodyMarkdown: `The team kicked off their third phase of work and the discovery phase is now underway.

The team at the University of Hull are continuing to work on what the digital tool will look like. This has included conducting a market assessment of similar available tools and compiling a list of the criteria they would like the tool to include.

Meanwhile, the team continues to work on measuring their outputs and benefits. They recently had a meeting with the Stationary Office and the Health and Safety Executive (HSE) about which questions they should ask people who download the Risk Assessment tool, in order to gather the required metrics.

The partner councils will be recruiting participants ready for the focus group sessions in the final week of May. The groups will discuss how wellbeing and one-to-one conversations with managers are currently happening and what they involve.

They are also recruiting six local authority managers from each partner council, who will trial a range of pilot methods. The sessions will take place w/c Monday 6 June.`,
        },
      ],
    },

    {
      slug: 'housing-repairs',
      name: 'Housing Repairs',
      status: 'active',
      phases: [
        {
          kind: 'beta',
          label: 'Public beta',
          status: 'planned',
          startedOn: '2022-05-16',
        },
      ],
      partnerships: [
        { organisation: 'city-of-lincoln-council', role: 'lead' },
        {
          organisation: 'newark-and-sherwood-district-council',
          role: 'partner',
          note: 'Kristin McIntosh of Newark and Sherwood District Council delivers the project’s Digital Leaders Week 2022 talk.',
        },
      ],
      outputs: [
        {
          kind: 'talk',
          title: 'User-led design to deliver housing repairs online service',
          description: 'Delivered by Kristin McIntosh of Newark and Sherwood District Council as part of Digital Leaders Week 2022.',
          date: '2022-06-20',
        },
      ],
      updates: [
        {
          headline: 'Public beta to start on 16 May',
          publishedOn: PUBLISHED_ON,
          links: [],
          bodyMarkdown: `As part of Digital Leaders Week 2022, Kristin McIntosh of Newark and Sherwood District Council will deliver a talk on ‘User-led design to deliver housing repairs online service’. Register for the Housing Repairs talk on Monday 20 June.

The public beta phase of the project will start on Monday 16 May. During this phase, the project will focus on delivering:

- appointment amendment and cancellation functionality
- communal repairs ordering
- leaseholder eligible repair ordering
- integration with the housing management system

If you are part of a local authority team or an interested party and would like to find out more about contributing, collaborating and/or the project team’s approach, please get in touch.`,
        },
      ],
    },

    {
      slug: 'low-code-solutions-for-housing-management',
      name: 'Low Code Solutions for Housing Management',
      summary: 'Exploring ways of improving social housing management.',
      status: 'active',
      phases: [
        {
          kind: 'alpha',
          status: 'completed',
          plannedWeeks: 16,
          outcome:
            'Defined service patterns for three tenancy management processes and designed clickable prototypes of each, which three low code partners developed on their platforms.',
        },
        { kind: 'beta', status: 'planned' },
      ],
      partnerships: [{ organisation: 'redbridge-council', role: 'lead' }],
      outputs: [
        {
          kind: 'other',
          title: 'Service patterns for three tenancy management processes',
          description:
            'Change of a tenant’s details, such as their phone number; application for a sole to joint tenancy; application for succession of tenancy.',
        },
        {
          kind: 'other',
          title: 'Clickable prototypes',
          description:
            'One for each of the three tenancy management processes, developed by the three low code partners on their platforms.',
        },
      ],
      updates: [
        {
          headline: '16-week alpha completed, with beta next',
          publishedOn: PUBLISHED_ON,
          links: [],
          bodyMarkdown: `Redbridge ran a 16-week alpha phase project to explore ways of improving social housing management, and:

- test a user-centred approach to designing tenancy management services
- evaluate the use of low code platforms for tenancy management as an alternative to enterprise housing management systems

As part of this, they have defined service patterns for three tenancy management processes:

1. Change of a tenant’s details, such as their phone number
2. Application for a sole to joint tenancy
3. Application for succession of tenancy

The team have designed clickable prototypes of each of these processes, which the three low code partners have developed on their platforms. The team has kept user needs at the heart of the alpha by holding user workshops and running usability testing on the prototypes and the low code platforms.

Redbridge will now develop their findings from alpha to move to beta. This next phase will include:

- getting a better understanding of universal service patterns and processes
- refining and iterating their low code platform designs`,
        },
      ],
    },

    {
      slug: 'open-referral-uk',
      name: 'Open Referral UK',
      summary: 'The Open Referral UK (ORUK) standard for the interchange and querying of public services.',
      status: 'active',
      // The text lists these as the stages that got the standard to its endorsement. Discovery
      // and alpha were followed by later stages, so they are done; it does not say whether the
      // beta is finished.
      phases: [
        { kind: 'discovery', status: 'completed' },
        { kind: 'alpha', status: 'completed' },
        { kind: 'beta', status: null },
      ],
      // The heading names no lead council, so none is recorded.
      partnerships: [
        { organisation: 'adur-and-worthing-councils', role: 'partner', phase: 1 },
        { organisation: 'devon-county-council', role: 'partner', phase: 1 },
        { organisation: 'buckinghamshire-county-council', role: 'partner', phase: 1 },
        { organisation: 'adur-and-worthing-councils', role: 'partner', phase: 2 },
        { organisation: 'buckinghamshire-county-council', role: 'partner', phase: 2 },
        { organisation: 'leeds-city-council', role: 'partner', phase: 2 },
        { organisation: 'croydon-council', role: 'partner', phase: 2 },
        { organisation: 'adur-and-worthing-councils', role: 'partner', phase: 3 },
        { organisation: 'essex-county-council', role: 'partner', phase: 3 },
        { organisation: 'leeds-city-council', role: 'partner', phase: 3 },
        {
          organisation: 'open-data-institute',
          role: 'partner',
          note: 'Has committed to hosting a data institution for the Open Referral UK data standard, the first data institution hosted by the ODI.',
        },
      ],
      outputs: [
        {
          kind: 'other',
          title: 'Standard endorsed by the Government Open Standards Board',
          description:
            'The ORUK standard has been officially endorsed by the Government Open Standards Board; the endorsement is described on the project’s GOV.UK profile.',
        },
      ],
      updates: [
        {
          headline: 'Standard endorsed by the Government Open Standards Board',
          publishedOn: PUBLISHED_ON,
          links: [],
          bodyMarkdown: `We’re proud to share that the Open Referral UK (ORUK) standard for the interchange and querying of public services has now been officially endorsed by the Government Open Standards Board!

The Board has recognised the value of applying the standard across the public sector, and this means you can expect to receive services data from government organisations in the ORUK format in future.

Well done to all the local authorities that have worked on the project to get it to this stage:

- Discovery: Adur & Worthing Councils, Devon County Council and Buckinghamshire County Council
- Alpha: Adur & Worthing Councils, Buckinghamshire, Leeds City Council and London Borough of Croydon
- Beta: Adur & Worthing Councils , Essex County Council and Leeds City Council

You can read more about the endorsement on the project’s GOV.UK profile.

The ODI has also committed to hosting a data institution for the Open Referral UK data standard. This, the first data institution hosted by the ODI, is intended to free up and clarify information across organisations, meaning that the public may ultimately receive better and more efficient services.`,
        },
      ],
    },

    {
      slug: 'revs-and-bens',
      name: 'Revs and Bens',
      status: 'active',
      phases: [
        // The start date is not given, only progress: "seven of its allotted 12 weeks" as of
        // this issue, whose coverage ends on 11 May.
        {
          kind: 'alpha',
          status: 'in_progress',
          plannedWeeks: 12,
          reportedWeek: 7,
          reportedOn: '2022-05-11',
        },
      ],
      partnerships: [
        { organisation: 'teignbridge-district-council', role: 'lead' },
        {
          organisation: 'leeds-city-council',
          role: 'partner',
          note: 'The working version of the software runs in Leeds Council’s cloud environment, and data exported from Leeds’ current system is being imported into it.',
        },
        {
          organisation: 'sedgemoor-district-council',
          role: 'partner',
          note: 'The software is the Sedgemoor business rates system.',
        },
      ],
      outputs: [
        {
          kind: 'demo',
          title: 'Video demonstration of the Sedgemoor business rates system',
          description:
            'Demonstrates how the system looks and feels, as well as the processes that staff would follow when using it.',
        },
      ],
      updates: [
        {
          headline: 'Alpha reaches week 7 of 12 across three workstreams',
          publishedOn: PUBLISHED_ON,
          links: [],
          bodyMarkdown: `This alpha project has now been running for seven of its allotted 12 weeks.

For the technical workstream, the project:

- now has a working version of the software running in Leeds Council’s cloud environment
- has exported the data from Leeds’ current system, cleaned it up and mapped the minimum viable set of data, so they could begin importing it into their version of the Sedgemoor system

For the governance workstream, the project:

- has a detailed set of requirements for the governance of the project moving forward — this includes not just applying the most suitable licence to the code, but also creating a community of users around the software to support its maintenance and development in the future
- has spoken with other local government open source software projects, such as LocalGovDrupal, to find out how they are approaching things
- has researched and documented the various potential approaches, based on well known open source projects such as Linux, WordPress and others

For the user experience workstream, the project:

- has created a research plan outlining the key milestones for the project over the next few weeks
- began recruitment for in-depth interviews with businesses, key stakeholders and agents that currently support business rates

The project also published a video demonstration of the Sedgemoor business rates system. It demonstrates how the system looks and feels, as well as the processes that staff would follow when using it.`,
        },
      ],
    },

    {
      slug: 'quality-data-for-children-in-care',
      name: 'Quality Data for Children in Care',
      status: 'active',
      phases: [{ kind: 'beta', label: 'Full beta', status: 'planned', startedOn: '2022-06' }],
      partnerships: [{ organisation: 'wigan-council', role: 'lead' }],
      updates: [
        {
          headline: 'Preparing for the full beta phase in June',
          publishedOn: PUBLISHED_ON,
          links: [],
          bodyMarkdown: `The team is preparing for the full beta phase to kick off in June, with weekly catch-ups for the core project team and periodic meet-ups with local authority analyst colleagues.

Local authority analysts will have capacity to engage in the next phase of the project in July, so in the meantime the team is working on their approach to building a generic code platform out of the 903 data quality tool.`,
        },
      ],
    },

    {
      slug: 'savvi',
      name: 'Scalable Approach to Vulnerability Via Interoperability (SAVVI)',
      status: 'active',
      phases: [
        // The text refers to the project's continuous funding bid and to work now going on
        // under it, but names no GDS phase or dates: a phase of another kind, named for its funding.
        { kind: 'other', label: 'Continuous funding phase', status: 'in_progress', fundingStream: 'Continuous Funding' },
      ],
      partnerships: [
        { organisation: 'tameside-council', role: 'lead' },
        { organisation: 'sedgemoor-district-council', role: 'lead' },
      ],
      outputs: [
        {
          kind: 'blog_post',
          title: 'Blog post on looking for key individuals to lead SAVVI',
          description:
            'The team is looking for key individuals to lead SAVVI, both within the project and towards sustainability beyond LDCU funding.',
        },
      ],
      updates: [
        {
          headline: 'Recruiting for new roles to lead and support SAVVI',
          publishedOn: PUBLISHED_ON,
          links: [],
          bodyMarkdown: `The team is looking for key individuals to lead SAVVI, both within the project and towards sustainability beyond LDCU funding. You can read more in this blog post.

The team have been recruiting for a number of new roles, including SAVVI Coach / Project Support and SAVVI Data Standards Development. These roles will help support implementation of the standard within projects. Another role for Information Governance Expertise will be out shortly. This role will help design the engagement platform and drive forward the information governance community.

The team is planning to commission a supplier to do some research into their options paper before beginning development on their engagement platform. This is following a recommendation from LDCU during the project’s continuous funding bid that they should investigate ‘out of the box’ solutions before creating their own.`,
        },
      ],
    },

    {
      slug: 'send-top-up',
      name: 'SEND top-up',
      status: 'active',
      phases: [
        // When the beta began is not stated; only that the MVP beta tool went live in April.
        {
          kind: 'beta',
          label: 'MVP beta',
          status: 'in_progress',
          outcome: 'The MVP beta tool went live in April 2022.',
        },
        // The team started prototyping "Phase Two designs" in March to take the MVP to a more
        // mature product; the text gives no kind or dates for that phase, and it has not begun.
        // "Phase Two" numbers the work without saying what kind it is (it may be more beta), so
        // its kind is not known rather than `other`.
        { kind: null, label: 'Phase Two', status: 'planned' },
      ],
      partnerships: [{ organisation: 'bristol-city-council', role: 'lead' }],
      outputs: [
        {
          kind: 'code',
          title: 'GitHub page',
          description: 'An important first step towards making the code shareable.',
        },
        {
          kind: 'user_guide',
          title: 'User guide',
          description: 'Shared with the Department for Education (DfE) after the teams met on 27 April 2022.',
        },
        {
          kind: 'demo',
          title: 'Live demo of the tool with the SEND finance team',
          description: 'Planned for the next sprint.',
        },
      ],
      updates: [
        {
          headline: 'MVP beta tool goes live',
          publishedOn: PUBLISHED_ON,
          links: [],
          bodyMarkdown: `In March the team held a half-day planning session to start prototyping Phase Two designs, so that they’re ready to test with users. It was good to get everyone together to look at options for taking the minimum viable product (MVP) to a more mature product that covers the application process.

The project took an important first step towards making the code shareable — creating a Github page.

They have also made some small changes to the tool, including:

- the ability to delete an assessment
- linking the user directly into the assessment
- removal of need levels from statements

In April, the MVP beta tool went live and the team is planning to hold a live demo of the tool with the SEND finance team during the next sprint.

The team is also looking to start recording some baseline metrics on timings — the time taken to complete a SEND application without the new tool, and with the new tool — in May or June.

On Wednesday 27 April, Amy and Alison from the project team met with three colleagues from the SEND reform division team at the UK Department for Education (DfE). This meeting was arranged by LDCU following DfE’s Green Paper on the SEND process and their plans to streamline it, and the subsequent BBC news article about this. Both teams were keen to meet to discuss the project and to share learnings that will help them shape the work.

Following the meeting, during which the project team gave a demo of the tool and shared what they had achieved so far, the two teams will keep in touch and Bristol have shared their user guide and funding spreadsheet with the DfE.

Meanwhile, Alison has recruited nine SENDCo’s to engage with the use of the tool and to feedback as part of the team’s user research.`,
        },
      ],
    },

    {
      slug: 'task-management-for-neighbourhood-planning-services',
      name: 'Task Management for Neighbourhood Planning Services',
      status: 'active',
      // The section names no phase.
      phases: [],
      partnerships: [
        { organisation: 'colchester-council', role: 'lead' },
        { organisation: 'maldon-district-council', role: 'partner' },
        { organisation: 'tendring-district-council', role: 'partner' },
        {
          organisation: 'foundation-sp',
          role: 'delivery_partner',
          note: 'Partner consultants who worked with the team to package the app using environment variables.',
        },
      ],
      showAndTells: [
        {
          heldOn: null,
          title: 'Latest show and tell',
          summary: 'The project published a video of its latest Show and Tell.',
        },
      ],
      outputs: [
        {
          kind: 'other',
          title: 'First release of the Task Smart App',
          // "Eight weeks away" is relative to an unstated day, so no date is derived from it.
          description:
            'Eight weeks away from delivery in May 2022; the new features were to be deployed over the summer.',
        },
      ],
      updates: [
        {
          headline: 'First release of the Task Smart App eight weeks away',
          publishedOn: PUBLISHED_ON,
          links: [],
          bodyMarkdown: `The team is now eight weeks away from delivering the first release of the Task Smart App. They are working hard on finishing off the location and mapping parts of the app and are excited to get them in front of users at the end of the month for the next round of user testing.

They have also worked with the partner consultants at Foundation SP to package the app using environment variables, so that organisations using the app will find it simple to set up the back-end in their own environments. This promises to make something complex and time-consuming much quicker and simpler.

They’re also making good progress on supporting the use of the app in places with no network connectivity. Their users will be using the app out in the field on their mobile devices and, as they cover a large geographical area, there will be times where they do not have signal.

The three local authorities working on this project — Colchester, Malden and Tendring — have designed and implemented a virtual centre of excellence, where all the developers across the authorities take part in specific training on MS products. This is proving effective in mitigating the effects of stretched resourcing, which is a common problem amongst local authority software development teams.

Using the MS suite for low code in development has many advantages but also some constrictions. The team are committed to documenting and sharing them at their regular Show and Tells. Watch the project’s latest Show and Tell video.

The new features of Task Smart app will be deployed over the summer.`,
        },
      ],
    },
  ],

  teamUpdates: [
    {
      headline: 'We held our first regional roadshow in Newcastle',
      publishedOn: PUBLISHED_ON,
      links: [],
      bodyMarkdown: `On Thursday 31 March, the LDCU team was joined by council staff from across the North East for our first roadshow. Feedback was really positive and we’ve learned a lot to help improve our upcoming events!

Watch this video from Helen Donlon at the LGA to find out why you should come along to one of our upcoming roadshows, and then register your place online:

We hope you can make it! We’re also busy working on a new roadshow in Yorkshire and the Humber — more on that to come.`,
    },
    {
      headline: 'We delivered a training programme on digital transformation',
      publishedOn: PUBLISHED_ON,
      links: [],
      bodyMarkdown: `In March we delivered the ‘Executive Education Programme in Digital Transformation for UK Local Government’ in collaboration with the Amazon Web Services (AWS) Institute.

This free, virtual programme was designed to equip senior local government officers with the confidence and expertise they need to lead the successful digital transformation of public services, so that they can better meet the needs of their residents. Read more about the programme in our latest blog post.`,
    },
    {
      headline: 'More blog posts you might have missed',
      publishedOn: PUBLISHED_ON,
      links: [],
      bodyMarkdown: `Just before the pre-election period, we shared an exciting update on our cyber and digital plans for the next three years thanks to £85 million of funding. Read the blog post to find out more about our plans.

In March, we were sad to bid farewell to May-N Leow, our Head of Local Digital. Happily, May-N isn’t going far, and will become the DLUHC Digital Planning Head of Product! Before she left the team, she wrote us a blog post to reflect on her time and celebrate some of the highlights.`,
    },
    {
      headline: 'We were joined by a new team member',
      publishedOn: PUBLISHED_ON,
      links: [],
      bodyMarkdown: `Last month we were joined by Izy Champion, Collaboration and Engagement Manager. Izy joins us from Sport England, where she led their work on the OpenActive data standard, which aims to make it easier for people to find and book physical activities.

Izy is looking forward to working closely with councils to help them use data and digital to make a real difference to the lives of residents.`,
    },
  ],
  sprintNotes: [
    {
      number: 46,
      coversFrom: '2022-03-17',
      coversTo: '2022-05-11',
      intro:
        'Welcome back to our Sprint Notes! In this bumper issue — our first following the pre-election period — get up to speed on all the events, blog posts and team news you may have missed. Plus, find out what our funded projects have been working on since our last issue on Wednesday 16 March.',
      closing:
        'That’s it for this sprint, thanks for reading! For the daily download on all things #LocalDigital, be sure to follow us on Twitter.',
      // The text gives neither the day it was published nor its address; its last change is dated
      // like its updates, on the last day it covers.
      publishedOn: null,
      publishedUrl: null,
      updatedAt: '2022-05-11T00:00:00.000Z',
      sections: [
        { kind: 'team', name: 'News from the team', intro: '', items: [{ team: 1 }, { team: 2 }, { team: 3 }, { team: 4 }] },
        {
          kind: 'projects',
          name: 'News from our funded projects',
          intro:
            'Don’t forget you can find information on all of our funded projects, including those mentioned below, on our website.',
          // In the order the issue gives them, which is not quite by name.
          items: [
            { project: 'community-grants-service' },
            { project: 'childrens-social-care-demand-modelling' },
            { project: 'data-exchange-with-vcs' },
            { project: 'digital-inclusion-toolkit' },
            { project: 'digital-waste-service' },
            { project: 'family-context' },
            { project: 'future-work-design' },
            { project: 'housing-repairs' },
            { project: 'low-code-solutions-for-housing-management' },
            { project: 'open-referral-uk' },
            { project: 'revs-and-bens' },
            { project: 'quality-data-for-children-in-care' },
            { project: 'savvi' },
            { project: 'send-top-up' },
            { project: 'task-management-for-neighbourhood-planning-services' },
          ],
        },
      ],
      // The issue shortens this lead council's name.
      headings: [{ project: 'task-management-for-neighbourhood-planning-services', heading: 'Task Management for Neighbourhood Planning Services (Colchester)' }],
    },
  ],
};
